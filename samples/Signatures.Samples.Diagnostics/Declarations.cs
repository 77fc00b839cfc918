using Signatures;

namespace Signatures.Samples.Diagnostics;

// SIG0001: the generator adds members to a contract, so it must be partial.
[ModelInput]
public record NotPartial(double SepalLength);

// SIG0002: a contract describes one fixed schema; type parameters would make many.
[ModelInput]
public partial record Generic<T>(T Value);

// SIG0003 and SIG0004: nested in a generic type, and inside a type that is not partial.
public partial class Holder<T>
{
    [ModelOutput]
    public partial record NestedInGeneric(double Score);
}

public static class NotPartialHolder
{
    [ModelOutput]
    public partial record Inner(double Score);
}

// SIG0005: one type, one role.
[ModelInput, ModelOutput]
public partial record BothWays(double X);

// SIG0009: MLflow rejects a schema without columns.
[ModelOutput]
public partial record NothingToSay;

[ModelInput] public partial record Features(double X, double Y);
[ModelOutput] public partial record Prediction(long Label);
[ModelParams] public partial record Options { public long TopK { get; init; } = 2; }

// SIG0006: the signature class must be static partial.
[ModelSignature<Features, Prediction>]
public class NotStatic;

// SIG0007: an unnamed column cannot be optional; params must be a [ModelParams] contract.
[ModelSignature<Features, long?>]
public static partial class OptionalOutput;

[ModelSignature<Features, Prediction, Features>]
public static partial class ParamsFromInput;

// SIG0008: an output contract used as the input.
[ModelSignature<Prediction, Features>]
public static partial class Swapped;

// SIG0010: a static class holds no values.
[ModelInput]
public static partial class StaticHolder { public static double X { get; set; } }

// SIG0011: the generator adds SchemaJson itself.
[ModelInput]
public partial record OwnSchemaJson(double X)
{
    public static string SchemaJson => "mine";
}

// SIG0012: one signature per class.
[ModelSignature<Features, Prediction>]
[ModelSignature<Features, Prediction, Options>]
public static partial class TwoSignatures;

// SIG0013: MLflow needs at least one of inputs, outputs and params.
[ModelSignature<NoSchema, NoSchema>]
public static partial class NothingAtAll;

// SIG0014: a declared input example must be the input type or rows of it.
[ModelSignature<Features, Prediction>]
public static partial class ExampleOfTheWrongType
{
    public static double[] InputExample => [1.0, 2.0];
}

// SIG0015: an optional column must be able to hold null, or the typed request reader has nowhere to put a missing
// value; NoReader.ReadRequest(...) would not exist (CS0117 at the caller).
[ModelInput]
public partial record OptionalCount(double X, [property: Column(Required = false)] long Count);

[ModelSignature<OptionalCount, double>]
public static partial class NoReader;

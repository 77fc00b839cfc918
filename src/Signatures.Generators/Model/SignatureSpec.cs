using Signatures.Shared.Mapping;

namespace Signatures.Generators.Model;

/// <summary>A <c>[ModelSignature&lt;...&gt;]</c> class to generate.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.
/// The contracts are embedded in full, so an edit to one of them changes this spec too.</remarks>
/// <param name="Target">The partial class.</param>
/// <param name="Input">The input schema's source.</param>
/// <param name="Output">The output schema's source.</param>
/// <param name="Params">The params contract, or <see langword="null"/> for the two-argument form.</param>
/// <param name="Request">What the typed request parser needs, or <see langword="null"/> when there is no input schema;
/// whether one is generated is the <see cref="Signatures.Shared.Planning.RequestPlanner"/>'s decision.</param>
/// <param name="Example">The input example the class declares, or <see langword="null"/>.</param>
internal sealed record SignatureSpec(TypeTargetSpec Target, SchemaSourceSpec Input, SchemaSourceSpec Output, ContractSpec? Params, RequestSpec? Request = null, ExampleSpec? Example = null);

/// <summary>An input example declared on a signature class (<c>InputExample</c>, optionally <c>InputExampleParams</c>).</summary>
/// <param name="Shape">One value of the input type, or a sequence of them.</param>
/// <param name="InputType">The input type as generated code names it (<c>global::Demo.IrisFeatures</c>).</param>
/// <param name="InputIsContract">Whether the input is a contract (else one unnamed column of a scalar or array type).</param>
/// <param name="ParamsType">The params contract as generated code names it, when <c>InputExampleParams</c> is declared.</param>
internal sealed record ExampleSpec(ExampleShape Shape, string InputType, bool InputIsContract, string? ParamsType);

/// <summary>Where a signature's input or output schema comes from: a contract, one unnamed column of a scalar
/// or array type argument, or nothing (<c>NoSchema</c>: both <see langword="null"/>).</summary>
/// <param name="Contract">The contract, or <see langword="null"/>.</param>
/// <param name="Unnamed">The unnamed column, or <see langword="null"/>.</param>
internal sealed record SchemaSourceSpec(ContractSpec? Contract, MemberMapping? Unnamed)
{
    /// <summary>No schema: MLflow writes <c>null</c>.</summary>
    public static SchemaSourceSpec Absent { get; } = new(null, null);
}

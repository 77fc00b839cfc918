using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits <c>CreateInputExample()</c> on a signature class that declares <c>InputExample</c> (and optionally
/// <c>InputExampleParams</c>): the declared data as an MLflow input example, written by the runtime exactly as
/// MLflow writes it. Build-time emission calls it to write <c>input_example.json</c> and
/// <c>serving_input_example.json</c>.
/// </summary>
internal static class ExampleEmitter
{
    /// <summary>The generated file name suffix.</summary>
    public const string HintSuffix = ".InputExample.g.cs";

    private const string Examples = "global::Signatures.Examples.";

    /// <summary>The source output callback: emits nothing for a class without a usable example.</summary>
    public static void Emit(SourceProductionContext context, (SignatureSpec Signature, GeneratorOptions Options) input)
    {
        if (Render(input.Signature, input.Options) is { } source)
        {
            context.AddSource(input.Signature.Target.HintName + HintSuffix, source);
        }
    }

    /// <summary>The generated source, or <see langword="null"/> when there is nothing to generate.</summary>
    public static string? Render(SignatureSpec signature, GeneratorOptions options)
    {
        // ContractExamples needs the contract's static abstract interface (C# 11).
        if (signature.Example is not { } example || (example.InputIsContract && !options.StaticAbstractInterfaces)) return null;
        string data = (example.InputIsContract, example.Shape) switch
        {
            (true, ExampleShape.Rows) => $"{Examples}ContractExamples.FromRows<{example.InputType}>(global::System.Linq.Enumerable.ToArray({ExampleDeclaration.InputExample}))",
            (true, _) => $"{Examples}ContractExamples.From<{example.InputType}>({ExampleDeclaration.InputExample})",
            _ => $"{Examples}InputExample.JsonObject({ExampleDeclaration.InputExample})",
        };
        if (example.ParamsType is { } paramsType)
        {
            data += $".WithParams({Examples}ContractExamples.Params<{paramsType}>({ExampleDeclaration.InputExampleParams}))";
        }
        var writer = new SourceWriter();
        TypeFrame.Open(writer, signature.Target, string.Empty);
        writer.WriteLine($"/// <summary>The input example declared by <c>{ExampleDeclaration.InputExample}</c>{(example.ParamsType is null ? string.Empty : $" and <c>{ExampleDeclaration.InputExampleParams}</c>")}, as MLflow saves it:");
        writer.WriteLine("/// <c>Write()</c> gives <c>input_example.json</c>, <c>serving_input_example.json</c> and <c>saved_input_example_info</c>.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {Examples}InputExample {ExampleDeclaration.CreateInputExample}() => {data};");
        TypeFrame.Close(writer, signature.Target);
        return writer.ToString();
    }
}

using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits one file per signature class: <c>Signature</c> (a <c>ModelSignature</c> built from the contracts' mapping,
/// so it needs no access to the contract types), <c>SignatureJson</c> (<c>to_dict()</c>) and <c>SignatureYaml</c>
/// (the MLmodel block), all computed from the same plan.
/// </summary>
internal static class SignatureEmitter
{
    /// <summary>The generated file name suffix.</summary>
    public const string HintSuffix = ".Signature.g.cs";

    /// <summary>The source output callback: emits nothing for a signature the plan rejects.</summary>
    public static void Emit(SourceProductionContext context, (SignatureSpec Signature, GeneratorOptions Options) input)
    {
        if (Render(input.Signature, input.Options) is { } source)
        {
            context.AddSource(input.Signature.Target.HintName + HintSuffix, source);
        }
    }

    /// <summary>The generated source, or <see langword="null"/> when nothing can be generated.</summary>
    public static string? Render(SignatureSpec signature, GeneratorOptions options)
    {
        if (SchemaPlan.Columns(signature.Input, options) is not { } inputs) return null;
        if (SchemaPlan.Columns(signature.Output, options) is not { } outputs) return null;
        PlannedParam[]? parameters = null;
        if (signature.Params is { } paramsContract && (parameters = SchemaPlan.Params(paramsContract, options)) is null) return null;
        if (inputs.Length == 0 && outputs.Length == 0 && parameters is not { Length: > 0 }) return null; // MLflow needs one part

        NamingPolicy inputPolicy = Policy(signature.Input, options);
        NamingPolicy outputPolicy = Policy(signature.Output, options);
        NamingPolicy paramsPolicy = signature.Params is { } p ? options.For(p.Naming) : options.Naming;
        string? inputsJson = inputs.Length > 0 ? SchemaJsonWriter.Schema(inputs, inputPolicy) : null;
        string? outputsJson = outputs.Length > 0 ? SchemaJsonWriter.Schema(outputs, outputPolicy) : null;
        string? paramsJson = parameters is { Length: > 0 } ? SchemaJsonWriter.ParamSchema(parameters, paramsPolicy) : null;

        var writer = new SourceWriter();
        TypeFrame.Open(writer, signature.Target, string.Empty);
        writer.WriteLine("/// <summary>MLflow's <c>json.dumps(signature.to_dict())</c>: equal to <c>Signature.ToDictJson()</c>.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public const string SignatureJson = {CSharpText.String(SchemaJsonWriter.SignatureDict(inputsJson, outputsJson, paramsJson))};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The MLmodel <c>signature:</c> block as MLflow writes it: equal to <c>Signature.ToMLmodelYaml()</c>.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public const string SignatureYaml = {CSharpText.String(SchemaJsonWriter.SignatureYaml(inputsJson, outputsJson, paramsJson))};");
        writer.WriteLine();
        EmitSignature(writer, inputs, inputPolicy, outputs, outputPolicy, parameters, paramsPolicy);
        TypeFrame.Close(writer, signature.Target);
        return writer.ToString();
    }

    private static void EmitSignature(SourceWriter writer, PlannedColumn[] inputs, NamingPolicy inputPolicy,
        PlannedColumn[] outputs, NamingPolicy outputPolicy, PlannedParam[]? parameters, NamingPolicy paramsPolicy)
    {
        writer.WriteLine("/// <summary>The model's MLflow signature, built once.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {TypeRefs.ModelSignature} Signature {{ get; }} = new {TypeRefs.ModelSignature}(");
        writer.Indentation++;
        WriteSchemaOrNull(writer, inputs, inputPolicy, ",");
        if (parameters is null)
        {
            WriteSchemaOrNull(writer, outputs, outputPolicy, ");");
        }
        else
        {
            WriteSchemaOrNull(writer, outputs, outputPolicy, ",");
            SchemaCodeWriter.WriteParamSchema(writer, parameters, paramsPolicy, ");");
        }
        writer.Indentation--;
    }

    private static void WriteSchemaOrNull(SourceWriter writer, PlannedColumn[] columns, NamingPolicy policy, string terminator)
    {
        if (columns.Length == 0) writer.WriteLine("null" + terminator);
        else SchemaCodeWriter.WriteSchema(writer, columns, policy, terminator);
    }

    private static NamingPolicy Policy(SchemaSourceSpec source, GeneratorOptions options) =>
        source.Contract is { } contract ? options.For(contract.Naming) : options.Naming;
}

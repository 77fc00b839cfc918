using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits one file per contract: <c>Schema</c> and <c>SchemaJson</c> with <c>IModelContract&lt;T&gt;</c> for input and
/// output contracts, <c>ParamSchema</c> and <c>ParamSchemaJson</c> with <c>IModelParams&lt;T&gt;</c> for params, then the
/// validators (<see cref="ValidatorEmitter"/>) and writers (<see cref="WriterEmitter"/>). Each generated member has its
/// own method or emitter so later members add calls, not rewrites.
/// </summary>
internal static class ContractEmitter
{
    /// <summary>The source output callback: emits nothing for a contract the plan rejects.</summary>
    public static void Emit(SourceProductionContext context, (ContractSpec Contract, GeneratorOptions Options) input)
    {
        if (Render(input.Contract, input.Options) is { } source)
        {
            context.AddSource(input.Contract.Target.HintName + HintSuffix(input.Contract.Role), source);
        }
    }

    /// <summary>The generated file name suffix for a role.</summary>
    public static string HintSuffix(ContractRole role) => role == ContractRole.Params ? ".Params.g.cs" : ".Contract.g.cs";

    /// <summary>The generated source, or <see langword="null"/> when nothing can be generated.</summary>
    public static string? Render(ContractSpec contract, GeneratorOptions options)
    {
        NamingPolicy policy = options.For(contract.Naming);
        var writer = new SourceWriter();
        if (contract.Role == ContractRole.Params)
        {
            if (SchemaPlan.Params(contract, options) is not { } parameters) return null;
            string iface = $"{TypeRefs.ModelParams}<{contract.Target.FullyQualifiedName}>";
            TypeFrame.Open(writer, contract.Target, options.StaticAbstractInterfaces ? " : " + iface : string.Empty);
            EmitJsonConstant(writer, "ParamSchema", SchemaJsonWriter.ParamSchema(parameters, policy));
            EmitParamSchema(writer, parameters, policy);
            ValidatorEmitter.EmitParams(writer, contract.Target, parameters, policy);
            if (options.StaticAbstractInterfaces)
            {
                WriterEmitter.EmitParams(writer, contract.Target, parameters, policy);
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine($"static string {iface}.ParamSchemaJson => ParamSchemaJson;");
            }
        }
        else
        {
            if (SchemaPlan.Columns(contract, options) is not { } columns) return null;
            string iface = $"{TypeRefs.ModelContract}<{contract.Target.FullyQualifiedName}>";
            TypeFrame.Open(writer, contract.Target, options.StaticAbstractInterfaces ? " : " + iface : string.Empty);
            EmitJsonConstant(writer, "Schema", SchemaJsonWriter.Schema(columns, policy));
            EmitSchema(writer, columns, policy);
            ValidatorEmitter.EmitColumns(writer, contract.Target, columns, policy);
            if (options.StaticAbstractInterfaces)
            {
                WriterEmitter.EmitColumns(writer, contract.Target, columns, policy);
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine($"static string {iface}.SchemaJson => SchemaJson;");
            }
        }
        TypeFrame.Close(writer, contract.Target);
        return writer.ToString();
    }

    // `{schemaMember}Json`: the to_json() text of the generated `{schemaMember}` property (Schema or ParamSchema).
    private static void EmitJsonConstant(SourceWriter writer, string schemaMember, string json)
    {
        writer.WriteLine($"/// <summary>MLflow's <c>{schemaMember}.to_json()</c> of <see cref=\"{schemaMember}\"/>, byte for byte.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public const string {schemaMember}Json = {CSharpText.String(json)};");
        writer.WriteLine();
    }

    private static void EmitSchema(SourceWriter writer, PlannedColumn[] columns, NamingPolicy policy)
    {
        writer.WriteLine("/// <summary>The MLflow schema of this contract, built once.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {TypeRefs.Schema} Schema {{ get; }} =");
        writer.Indentation++;
        SchemaCodeWriter.WriteSchema(writer, columns, policy, ";");
        writer.Indentation--;
        writer.WriteLine();
    }

    private static void EmitParamSchema(SourceWriter writer, PlannedParam[] parameters, NamingPolicy policy)
    {
        writer.WriteLine("/// <summary>The MLflow param schema of this contract, defaults included, built once.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {TypeRefs.ParamSchema} ParamSchema {{ get; }} =");
        writer.Indentation++;
        SchemaCodeWriter.WriteParamSchema(writer, parameters, policy, ";");
        writer.Indentation--;
        writer.WriteLine();
    }
}

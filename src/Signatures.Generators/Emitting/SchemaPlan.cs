using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>The shared <see cref="SchemaPlanner"/> applied to the generator's specs under the project's options.</summary>
internal static class SchemaPlan
{
    /// <summary>The columns of an input or output contract, or <see langword="null"/>.</summary>
    public static PlannedColumn[]? Columns(ContractSpec contract, GeneratorOptions options) =>
        SchemaPlanner.Columns(contract.Columns, options.For(contract.Naming));

    /// <summary>The columns of a signature's input or output (empty for <c>NoSchema</c>), or <see langword="null"/>.</summary>
    public static PlannedColumn[]? Columns(SchemaSourceSpec source, GeneratorOptions options) =>
        source.Contract is { } contract ? Columns(contract, options)
        : source.Unnamed is { } unnamed ? [new PlannedColumn(unnamed, null)]
        : [];

    /// <summary>The params of a params contract (possibly none), or <see langword="null"/> when a name repeats.</summary>
    public static PlannedParam[]? Params(ContractSpec contract, GeneratorOptions options) =>
        SchemaPlanner.Params(contract.Params, options.For(contract.Naming));

    /// <summary>The properties of an object, sorted by final name as MLflow's <c>Object</c> sorts them (ordinal).</summary>
    public static System.Collections.Generic.List<(string Name, PropertyShape Property)> SortedProperties(TypeShape shape, NamingPolicy policy) =>
        SchemaPlanner.SortedProperties(shape, policy);
}

namespace Signatures.Shared.Planning;

/// <summary>What the typed request parser of a signature class needs beyond the mapping: how to build each contract
/// and nested object type, and how visible the generated <c>ReadRequest</c> may be.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="IsPublic">Whether the input and params types are public, so <c>ReadRequest</c> can be public.</param>
/// <param name="InaccessibleType">The first type the reader would name that the signature class cannot access, or
/// <see langword="null"/>.</param>
/// <param name="DeclaresReadRequest">Whether the signature class (or a base type) already has a <c>ReadRequest</c>.</param>
/// <param name="Constructions">The input contract, the params contract and every type reachable from their members.</param>
internal sealed record RequestSpec(bool IsPublic, string? InaccessibleType, bool DeclaresReadRequest, EquatableArray<ConstructionSpec> Constructions);

/// <summary>How generated code creates an instance of a type from its members' values.</summary>
/// <param name="ClrType">The type, fully qualified without nullable annotation (the key <c>TypeShape.ClrType</c> uses).</param>
/// <param name="IsValueType">Whether the type is a struct.</param>
/// <param name="HasConstructor">Whether a public constructor can be called with members' values (or none at all).</param>
/// <param name="Arguments">The constructor to call (public, every parameter either matching a member by name and type or
/// optional), as the members passed to it; empty for a parameterless constructor.</param>
/// <param name="Settable">Members an object initializer can set (public <c>set</c>/<c>init</c>, writable fields).</param>
/// <param name="RequiredMembers">C# <c>required</c> members, which the object initializer must set.</param>
internal sealed record ConstructionSpec(
    string ClrType,
    bool IsValueType,
    bool HasConstructor,
    EquatableArray<ConstructorArgument> Arguments,
    EquatableArray<string> Settable,
    EquatableArray<string> RequiredMembers);

/// <summary>A constructor parameter filled from a member.</summary>
/// <param name="Parameter">The parameter name.</param>
/// <param name="Member">The member whose value it takes.</param>
internal sealed record ConstructorArgument(string Parameter, string Member);

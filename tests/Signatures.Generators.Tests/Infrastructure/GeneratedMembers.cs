using System.Reflection;

namespace Signatures.Generators.Tests.Infrastructure;

/// <summary>Reads generated static members of a loaded assembly by reflection.</summary>
internal static class GeneratedMembers
{
    public static Type Type(Assembly assembly, string metadataName) =>
        assembly.GetType(metadataName) ?? throw new InvalidOperationException($"type {metadataName} not found");

    public static object? Static(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? throw new InvalidOperationException($"{type}.{name} not found");

    public static string Const(Type type, string name) => (string)Static(type, name)!;

    public static ModelSignature Signature(Assembly assembly, string metadataName) =>
        (ModelSignature)Static(Type(assembly, metadataName), "Signature")!;
}

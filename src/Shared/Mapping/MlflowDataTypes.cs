namespace Signatures.Shared.Mapping;

/// <summary>MLflow's scalar data type names in the order of the runtime's <c>Signatures.DataType</c> enum,
/// so an attribute's <c>Type = DataType.X</c> argument (an int) converts by index. A test checks the runtime.</summary>
internal static class MlflowDataTypes
{
    /// <summary>MLflow names, indexed by the runtime enum's value.</summary>
    public static readonly string[] Names = ["boolean", "integer", "long", "float", "double", "string", "binary", "datetime"];

    /// <summary>The runtime enum's member names, indexed by value.</summary>
    public static readonly string[] MemberNames = ["Boolean", "Integer", "Long", "Float", "Double", "String", "Binary", "Datetime"];

    /// <summary>The MLflow name for an enum value, or <see langword="null"/> when out of range.</summary>
    public static string? NameOf(int value) => value >= 0 && value < Names.Length ? Names[value] : null;

    /// <summary>The runtime enum member for an MLflow name (<c>long</c> -> <c>Long</c>), or <see langword="null"/>.</summary>
    public static string? MemberNameOf(string mlflowName)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (Names[i] == mlflowName) return MemberNames[i];
        }
        return null;
    }
}

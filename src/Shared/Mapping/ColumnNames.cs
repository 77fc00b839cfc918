using System;
using System.Text;

#if SIGNATURES_RUNTIME
// The runtime links this file for the contract writer; a namespace of its own there keeps test projects that see
// both the runtime's and a compiler extension's internals from finding two types with one name.
namespace Signatures.Runtime.Shared;
#else
namespace Signatures.Shared.Mapping;
#endif

/// <summary>Turns a member name into a column or param name under a <see cref="NamingPolicy"/>.
/// The word splitting follows System.Text.Json's <c>JsonNamingPolicy.SnakeCaseLower</c> and
/// <c>JsonNamingPolicy.CamelCase</c>, which .NET developers already know.</summary>
internal static class ColumnNames
{
    /// <summary>The name a column gets: the explicit name when given (exactly as written), otherwise the
    /// member name under <paramref name="policy"/> (<see cref="NamingPolicy.Default"/> means as declared).</summary>
    public static string Resolve(string memberName, string? explicitName, NamingPolicy policy) =>
        explicitName ?? Apply(memberName, policy);

    /// <summary>Applies <paramref name="policy"/> to <paramref name="name"/>.</summary>
    public static string Apply(string name, NamingPolicy policy) => policy switch
    {
        NamingPolicy.SnakeCase => ToSnakeCase(name),
        NamingPolicy.CamelCase => ToCamelCase(name),
        _ => name,
    };

    /// <summary>Parses an MSBuild property value (<c>AsDeclared</c>, <c>SnakeCase</c>, <c>CamelCase</c>, any case,
    /// <c>snake_case</c> and <c>camelCase</c> spellings too). Unknown or empty values give <see langword="false"/>.</summary>
    public static bool TryParsePolicy(string? value, out NamingPolicy policy)
    {
        string normalized = (value ?? string.Empty).Trim().Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
        policy = normalized switch
        {
            "asdeclared" => NamingPolicy.AsDeclared,
            "snakecase" => NamingPolicy.SnakeCase,
            "camelcase" => NamingPolicy.CamelCase,
            _ => NamingPolicy.Default,
        };
        return policy != NamingPolicy.Default;
    }

    // JsonNamingPolicy.CamelCase: lower-case the leading run of upper-case letters, except the last one
    // of the run when a lower-case letter follows it ("IOStream" -> "ioStream", "URL" -> "url").
    private static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0])) return name;
        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i])) break;
            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ') chars[i] = char.ToLowerInvariant(chars[i]);
                break;
            }
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    // JsonNamingPolicy.SnakeCaseLower: a word starts at an upper-case letter that follows a lower-case letter
    // or digit, or that precedes a lower-case letter inside an upper-case run; '_' and spaces separate words.
    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_' || char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_') builder.Append('_');
                continue;
            }
            if (char.IsUpper(c) && i > 0 && builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                char previous = name[i - 1];
                bool nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        while (builder.Length > 0 && builder[builder.Length - 1] == '_') builder.Length--;
        return builder.ToString();
    }
}

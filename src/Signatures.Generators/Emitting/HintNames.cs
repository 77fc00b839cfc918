using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Signatures.Generators.Model;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Roslyn requires generated file names to be unique ignoring case, while C# types may differ only in case
/// (<c>Row</c> and <c>row</c>, namespaces <c>N</c> and <c>n</c>). Names stay readable; a colliding one gets
/// <c>_2</c>, <c>_3</c>, ... in the order the compilation declares the types.
/// </summary>
internal static class HintNames
{
    /// <summary>The non-null contract specs, each with a file name unique among them.</summary>
    public static ImmutableArray<ContractSpec> Unique(ImmutableArray<ContractSpec?> specs)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<ContractSpec>(specs.Length);
        foreach (ContractSpec? spec in specs)
        {
            if (spec is null) continue;
            string hint = Claim(taken, spec.Target.HintName, ContractEmitter.HintSuffix(spec.Role));
            result.Add(hint == spec.Target.HintName ? spec : spec with { Target = spec.Target with { HintName = hint } });
        }
        return result.ToImmutable();
    }

    /// <summary>The non-null signature specs, each with a file name unique among them.</summary>
    public static ImmutableArray<SignatureSpec> Unique(ImmutableArray<SignatureSpec?> specs)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<SignatureSpec>(specs.Length);
        foreach (SignatureSpec? spec in specs)
        {
            if (spec is null) continue;
            string hint = Claim(taken, spec.Target.HintName, SignatureEmitter.HintSuffix);
            result.Add(hint == spec.Target.HintName ? spec : spec with { Target = spec.Target with { HintName = hint } });
        }
        return result.ToImmutable();
    }

    private static string Claim(HashSet<string> taken, string hint, string suffix)
    {
        string candidate = hint;
        for (int n = 2; !taken.Add(candidate + suffix); n++)
        {
            candidate = hint + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;
using Signatures.Shared.Planning;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0015: a signature class with an input gets no typed <c>ReadRequest</c>, so a call to it would fail with
/// CS0117 at the caller. The decision is the generator's own (<see cref="RequestPlanner"/>, run on the same mapping,
/// constructions and options); reported at the member or type that causes it, else at the signature class. Not
/// reported when the signature has no input, the class declares its own <c>ReadRequest</c>, or the signature itself is
/// refused (the declaration rules report that).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadRequestNotGeneratedAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ReadRequestNotGenerated);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.ModelSignature2 is null && symbols.ModelSignature3 is null)
        {
            return;
        }
        NamingPolicy projectNaming = ProjectOptions.ColumnNaming(context.Options);
        bool staticAbstract = LanguageFeatures.HasStaticAbstractInterfaces(context.Compilation);
        context.RegisterSymbolAction(c => Analyze(c, symbols, projectNaming, staticAbstract), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols symbols, NamingPolicy projectNaming, bool staticAbstract)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        if (SignatureOf(type, symbols) is not { } arguments)
        {
            return;
        }
        CancellationToken ct = context.CancellationToken;
        RequestPlan? plan = Plan(type, arguments, context.Compilation, projectNaming, staticAbstract, ct);
        if (plan is not { IsReported: true })
        {
            return;
        }
        (Location location, string where) = Locate(type, arguments, plan, ct);
        (string problem, string fix) = Explain(plan, where);
        ImmutableDictionary<string, string?> properties =
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.SignatureClass, SymbolFacts.Qualified(type));
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ReadRequestNotGenerated, location, properties, type.Name, problem, fix));
    }

    /// <summary>The plan the generator makes for the signature class, or <see langword="null"/> when it generates no
    /// signature at all (the class or a contract cannot be extended, a type argument is not a contract of a fitting
    /// role or a mappable type, or a name is still being typed: <see cref="CompleteNames"/>), reading the type arguments as <c>SignatureParser</c> does.</summary>
    internal static RequestPlan? Plan(INamedTypeSymbol type, ImmutableArray<ITypeSymbol> arguments, Compilation compilation,
        NamingPolicy projectNaming, bool staticAbstract, CancellationToken ct)
    {
        if (!GenerationTargets.IsGeneratedSignatureClass(type, ct)) return null;
        if (!Source(arguments[0], projectNaming, ct, out PlannedColumn[]? input, out string? inputContract)) return null;
        if (!Source(arguments[1], projectNaming, ct, out PlannedColumn[]? output, out _)) return null;
        PlannedParam[]? parameters = null;
        string? paramsContract = null;
        if (arguments.Length == 3)
        {
            if (arguments[2] is not INamedTypeSymbol paramsType || !GenerationTargets.IsGeneratedContract(paramsType, ContractRole.Params, ct))
            {
                return null;
            }
            (ContractRole _, NamingPolicy naming) = ContractRoles.Of(paramsType)[0];
            EquatableArray<ParamMapping> mapped = ContractMapper.MapParams(paramsType, compilation, ct);
            if (!CompleteNames.Of(EquatableArray<MemberMapping>.Empty, mapped)) return null;
            paramsContract = SymbolFacts.Qualified(paramsType);
            parameters = SchemaPlanner.Params(mapped, Policy(naming, projectNaming));
        }
        RequestSpec? request = input is { Length: 0 }
            ? null
            : ConstructionReader.Read(type, arguments[0], arguments.Length == 3 ? arguments[2] : null,
                GenerationTargets.Declares(type, GeneratedMemberNames.ReadRequest), compilation, ct);
        if (request is { DeclaresReadRequest: false, InaccessibleType: null } && !CompleteNames.Of(request)) return null; // still being typed
        return RequestPlanner.Plan(request, staticAbstract, input, inputContract, output is not null, parameters, paramsContract);
    }

    // A schema position as the generator reads it: NoSchema (no columns), a column contract, or one unnamed column.
    private static bool Source(ITypeSymbol type, NamingPolicy projectNaming, CancellationToken ct, out PlannedColumn[]? columns, out string? contract)
    {
        columns = null;
        contract = null;
        if (type.TypeKind == TypeKind.Error) return false;
        if (ContractMapper.IsNoSchema(type))
        {
            columns = [];
            return true;
        }
        List<(ContractRole Role, NamingPolicy Naming)> roles = ContractRoles.Of(type);
        if (roles.Count > 0)
        {
            if (roles.Count != 1 || roles[0].Role == ContractRole.Params || type is not INamedTypeSymbol named
                || !GenerationTargets.IsGeneratedContract(named, roles[0].Role, ct))
            {
                return false;
            }
            EquatableArray<MemberMapping> mapped = ContractMapper.MapColumns(named, ct);
            if (!CompleteNames.Of(mapped, EquatableArray<ParamMapping>.Empty)) return false;
            contract = SymbolFacts.Qualified(named);
            columns = SchemaPlanner.Columns(mapped, Policy(roles[0].Naming, projectNaming));
            return true;
        }
        if (ContractMapper.MapTypeArgument(type, ct) is not { IsGeneratable: true } unnamed || !CompleteNames.Of(unnamed)) return false;
        columns = [new PlannedColumn(unnamed, null)];
        return true;
    }

    private static NamingPolicy Policy(NamingPolicy own, NamingPolicy project) => own != NamingPolicy.Default ? own : project;

    private static ImmutableArray<ITypeSymbol>? SignatureOf(INamedTypeSymbol type, KnownSymbols symbols)
    {
        ImmutableArray<ITypeSymbol>? found = null;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!symbols.IsModelSignature(attribute)) continue;
            if (found is not null) return null; // more than one: SIG0012, and nothing is generated
            found = attribute.AttributeClass!.TypeArguments;
        }
        return found is { Length: 2 or 3 } ? found : null;
    }

    // The member (or type) the plan names, if it is declared in source; else the signature class.
    private static (Location Location, string Where) Locate(INamedTypeSymbol signatureClass, ImmutableArray<ITypeSymbol> arguments, RequestPlan plan, CancellationToken ct)
    {
        Location fallback = DeclarationSyntax.IdentifierLocation(signatureClass, ct);
        if (plan.Type is null) return (fallback, signatureClass.Name);
        INamedTypeSymbol? owner = null;
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (ITypeSymbol argument in arguments)
        {
            owner ??= FindType(argument, plan.Type, seen, depth: 0);
        }
        if (owner is null) return (fallback, ShortTypeName(plan.Type));
        if (plan.Member is null)
        {
            Location typeLocation = DeclarationSyntax.IdentifierLocation(owner, ct);
            return (typeLocation.IsInSource ? typeLocation : fallback, owner.Name);
        }
        string where = owner.Name + "." + plan.Member;
        for (INamedTypeSymbol? t = owner; t is not null; t = t.BaseType)
        {
            foreach (ISymbol member in t.GetMembers(plan.Member))
            {
                if (member.Locations.Length > 0 && member.Locations[0].IsInSource) return (member.Locations[0], where);
            }
        }
        Location ownerLocation = DeclarationSyntax.IdentifierLocation(owner, ct);
        return (ownerLocation.IsInSource ? ownerLocation : fallback, where);
    }

    // The type the reader reaches from a type argument (through nullable, arrays, generic arguments and members) whose
    // qualified name is the plan's, as the construction reader walks them.
    private static INamedTypeSymbol? FindType(ITypeSymbol type, string qualified, HashSet<ITypeSymbol> seen, int depth)
    {
        if (depth > 32 || !seen.Add(type)) return null;
        ITypeSymbol t = SymbolFacts.UnwrapNullable(type);
        if (t is IArrayTypeSymbol array) return FindType(array.ElementType, qualified, seen, depth + 1);
        if (t is not INamedTypeSymbol named) return null;
        if (SymbolFacts.Qualified(named) == qualified) return named;
        foreach (ITypeSymbol argument in named.TypeArguments)
        {
            if (FindType(argument, qualified, seen, depth + 1) is { } found) return found;
        }
        if (named.SpecialType != SpecialType.None || SymbolFacts.IsFrameworkType(named)) return null;
        foreach (ISymbol member in named.GetMembers())
        {
            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol { IsStatic: false } property => property.Type,
                IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
                _ => null,
            };
            if (memberType is not null && FindType(memberType, qualified, seen, depth + 1) is { } found) return found;
        }
        return null;
    }

    private static string ShortTypeName(string qualified)
    {
        int dot = qualified.LastIndexOf('.');
        return dot >= 0 ? qualified.Substring(dot + 1) : qualified.Replace("global::", string.Empty);
    }

    // What is wrong ({1}) and what to do ({2}), per outcome.
    private static (string Problem, string Fix) Explain(RequestPlan plan, string where) => plan.Outcome switch
    {
        RequestOutcome.LanguageVersion => (
            "the language version is before C# 11, and the reader implements static abstract interface members",
            "set <LangVersion> to 11 or later"),
        RequestOutcome.TypeNotAccessible => (
            $"the type '{where}' is not accessible from the signature class",
            "make it at least as visible as the signature class, or move the signature class next to it"),
        RequestOutcome.OptionalMemberNotNullable => (
            $"'{where}' is optional but its C# type cannot hold null, so a missing value has nowhere to go",
            "make its type nullable, or make it required"),
        RequestOutcome.MemberTypeNotReadable => (
            $"the C# type of '{where}' cannot take the values of its MLflow type",
            "use a C# type the column's values convert to (see the help page), or remove the declared Type"),
        RequestOutcome.TensorDTypeDiffersFromElement => (
            $"the declared DType of tensor '{where}' differs from what its element type holds",
            "declare the element type that matches the DType, or remove the DType"),
        RequestOutcome.NoUsableConstructor => (
            $"'{where}' has no public constructor whose parameters all match members (by name and type) or are optional",
            "add such a constructor, or a public parameterless one"),
        RequestOutcome.MemberCannotBeSet => (
            $"'{where}' cannot be set by a constructor parameter or an object initializer",
            "give it a public set or init accessor, or a matching constructor parameter"),
        _ => (
            $"the C# required member '{where}' is not mapped, so the reader has no value for it",
            "remove 'required', or make the member mappable"),
    };
}

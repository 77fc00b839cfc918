using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0014: an input example declared on a <c>[ModelSignature&lt;...&gt;]</c> class (<c>InputExample</c>,
/// <c>InputExampleParams</c>) must be a static property or field of the signature's input type or a sequence of it,
/// and of its params type; otherwise the generator cannot add <c>CreateInputExample()</c> and build-time emission
/// writes no example. Constant arrays that break a fixed tensor dimension inside the example are SIG0205.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InputExampleAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidInputExample);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.ModelSignature2 is not null || symbols.ModelSignature3 is not null)
        {
            context.RegisterSymbolAction(c => AnalyzeType(c, symbols), SymbolKind.NamedType);
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        ImmutableArray<ITypeSymbol>? arguments = null;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (symbols.IsModelSignature(attribute) && attribute.AttributeClass is { } attributeClass)
            {
                if (arguments is not null) return; // two signatures: SIG0012 speaks
                arguments = attributeClass.TypeArguments;
            }
        }
        if (arguments is not { Length: 2 or 3 } args) return;

        if (ExampleDeclaration.FindMember(type, ExampleDeclaration.InputExample) is { } example)
        {
            ITypeSymbol input = args[0];
            string expected = $"a static property or field of type '{Display(input)}' (one value) or a sequence of it such as '{Display(input)}[]' (rows)";
            if (ContractMapper.IsNoSchema(input))
            {
                Report(context, example, type, "cannot supply inputs because the signature has none (NoSchema)", "remove it or give the signature an input");
            }
            else if (!ExampleDeclaration.IsStaticReadable(example))
            {
                Report(context, example, type, "is not a static readable property or field", "declare " + expected);
            }
            else if (ExampleDeclaration.TypeOf(example) is { } exampleType && ExampleDeclaration.Shape(exampleType, input) is null)
            {
                Report(context, example, type, $"has type '{Display(exampleType)}', which is neither the input type nor a sequence of it", "declare " + expected);
            }
        }

        if (ExampleDeclaration.FindMember(type, ExampleDeclaration.InputExampleParams) is { } parameters)
        {
            if (args.Length != 3)
            {
                Report(context, parameters, type, "has no params to supply because the signature has none", "use [ModelSignature<TInput, TOutput, TParams>] or remove it");
            }
            else if (!ExampleDeclaration.IsStaticReadable(parameters))
            {
                Report(context, parameters, type, "is not a static readable property or field", $"declare a static property or field of type '{Display(args[2])}'");
            }
            else if (ExampleDeclaration.TypeOf(parameters) is { } paramsType && !ExampleDeclaration.IsParams(paramsType, args[2]))
            {
                Report(context, parameters, type, $"has type '{Display(paramsType)}' instead of the params type '{Display(args[2])}'", $"declare it as '{Display(args[2])}'");
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, ISymbol member, INamedTypeSymbol type, string problem, string fix)
    {
        Location location = member.Locations.Length > 0 ? member.Locations[0] : Location.None;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidInputExample, location, member.Name, type.Name, problem, fix));
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}

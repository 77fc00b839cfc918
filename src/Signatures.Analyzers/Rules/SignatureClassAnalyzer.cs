using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0006, SIG0007 and SIG0008: a <c>[ModelSignature&lt;...&gt;]</c> class must be static partial, and each
/// type argument must fit its position: a contract of the matching role, or (for input and output) a scalar or
/// array type that becomes one unnamed column.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SignatureClassAnalyzer : ContractAnalyzer
{
    private static readonly string[] PositionNames = { "input", "output", "params" };
    private static readonly ContractRoles[] PositionRoles = { ContractRoles.Input, ContractRoles.Output, ContractRoles.Params };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SignatureClassMustBeStaticPartial,
        DiagnosticDescriptors.UnsupportedSignatureTypeArgument,
        DiagnosticDescriptors.SignatureTypeArgumentRoleMismatch);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.ModelSignature2 is null && symbols.ModelSignature3 is null)
        {
            return;
        }
        context.RegisterSymbolAction(c => AnalyzeType(c, symbols), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        bool checkedDeclaration = false;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!symbols.IsModelSignature(attribute))
            {
                continue;
            }
            if (!checkedDeclaration)
            {
                CheckStaticPartial(context, type);
                checkedDeclaration = true;
            }
            CheckTypeArguments(context, symbols, type, attribute);
        }
    }

    private static void CheckStaticPartial(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        CancellationToken ct = context.CancellationToken;
        if (!DeclarationSyntax.IsDeclaredInSource(type, ct))
        {
            return;
        }
        bool isPartial = DeclarationSyntax.HasModifier(type, SyntaxKind.PartialKeyword, ct);
        if (type.IsStatic && isPartial)
        {
            return;
        }
        string missing = (type.IsStatic, isPartial) switch
        {
            (false, false) => "static partial",
            (false, true) => "static",
            _ => "partial",
        };
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SignatureClassMustBeStaticPartial,
            DeclarationSyntax.IdentifierLocation(type, ct),
            type.Name,
            missing));
    }

    private static void CheckTypeArguments(SymbolAnalysisContext context, KnownSymbols symbols, INamedTypeSymbol type, AttributeData attribute)
    {
        ImmutableArray<ITypeSymbol> arguments = attribute.AttributeClass!.TypeArguments;
        for (int i = 0; i < arguments.Length && i < PositionRoles.Length; i++)
        {
            ITypeSymbol argument = arguments[i];
            if (argument.TypeKind == TypeKind.Error)
            {
                continue;
            }
            ContractRoles expected = PositionRoles[i];
            ContractRoles actual = argument is INamedTypeSymbol named ? symbols.GetRoles(named) : ContractRoles.None;

            string? reason = null;
            if (actual != ContractRoles.None)
            {
                if ((actual & expected) != 0)
                {
                    continue;
                }
                if (expected == ContractRoles.Params || actual == ContractRoles.Params)
                {
                    reason = "it is a [" + actual.AttributeName() + "] contract";
                }
                else
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SignatureTypeArgumentRoleMismatch,
                        TypeArgumentLocation(attribute, i, type, context.CancellationToken),
                        argument.Name,
                        actual.AttributeName(),
                        PositionNames[i],
                        type.Name,
                        expected.AttributeName()));
                    continue;
                }
            }
            else if (expected == ContractRoles.Params)
            {
                reason = "params must be a [ModelParams] contract";
            }
            else
            {
                reason = SignatureTypeArguments.WhyNotAnUnnamedColumn(argument);
                if (reason is null)
                {
                    continue;
                }
            }

            string use = expected == ContractRoles.Params
                ? "a [ModelParams] contract"
                : "a [" + expected.AttributeName() + "] contract or a type such as long, string or double[]";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnsupportedSignatureTypeArgument,
                TypeArgumentLocation(attribute, i, type, context.CancellationToken),
                argument.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                type.Name,
                PositionNames[i],
                reason,
                use));
        }
    }

    private static Location TypeArgumentLocation(AttributeData attribute, int index, INamedTypeSymbol type, CancellationToken ct)
    {
        AttributeSyntax? syntax = attribute.GetSyntax(ct);
        NameSyntax? name = syntax?.Name;
        while (name is QualifiedNameSyntax qualified) name = qualified.Right;
        if (name is AliasQualifiedNameSyntax aliased) name = aliased.Name;
        if (name is GenericNameSyntax generic && index < generic.TypeArgumentList.Arguments.Count)
        {
            return generic.TypeArgumentList.Arguments[index].GetLocation();
        }
        return syntax?.GetLocation() ?? DeclarationSyntax.IdentifierLocation(type, ct);
    }
}

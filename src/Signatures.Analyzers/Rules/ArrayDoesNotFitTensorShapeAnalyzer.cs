using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>
/// SIG0205: an array created with constant sizes (<c>new byte[1, 28, 27, 1]</c>, or a collection expression with a
/// known number of items) that flows straight into a <c>[Tensor(...)]</c> member whose fixed dimensions it cannot
/// match: as a constructor argument (positional records, or a parameter carrying <c>[Tensor]</c>), in an object
/// initializer, in an assignment, or as the member's initializer. Validation would reject such a value at run time;
/// this says so while typing. Only the dimensions the creation fixes are compared (a jagged
/// <c>new float[2][]</c> fixes the first one).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArrayDoesNotFitTensorShapeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ArrayDoesNotFitTensorShape);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.Tensor is not { } tensor)
        {
            return;
        }
        context.RegisterOperationAction(c => AnalyzeArrayCreation(c, tensor), OperationKind.ArrayCreation);
        context.RegisterOperationAction(c => AnalyzeCollectionExpression(c, tensor), OperationKind.CollectionExpression);
    }

    private static void AnalyzeArrayCreation(OperationAnalysisContext context, INamedTypeSymbol tensor)
    {
        var creation = (IArrayCreationOperation)context.Operation;
        var sizes = new int[creation.DimensionSizes.Length];
        for (int i = 0; i < sizes.Length; i++)
        {
            if (creation.DimensionSizes[i].ConstantValue is not { HasValue: true, Value: int size })
            {
                return;
            }
            sizes[i] = size;
        }
        Check(context, tensor, creation, sizes);
    }

    private static void AnalyzeCollectionExpression(OperationAnalysisContext context, INamedTypeSymbol tensor)
    {
        var collection = (ICollectionExpressionOperation)context.Operation;
        if (collection.Type is not IArrayTypeSymbol || collection.Elements.Any(static e => e is ISpreadOperation))
        {
            return;
        }
        Check(context, tensor, collection, new[] { collection.Elements.Length });
    }

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol tensor, IOperation creation, int[] sizes)
    {
        ISymbol? target = TargetMember(creation, out IParameterSymbol? parameter);
        if (target is null && parameter is null)
        {
            return;
        }
        AttributeData? attribute = FindTensor(target, tensor) ?? FindTensor(parameter, tensor);
        if (attribute is null || !TensorMapper.TryReadShape(attribute, out int[] shape) || sizes.Length > shape.Length)
        {
            return;
        }
        for (int i = 0; i < sizes.Length; i++)
        {
            // Only positive sizes are fixed; -1 is variable and other values are SIG0204's business.
            if (shape[i] > 0 && shape[i] != sizes[i])
            {
                string member = (target?.ContainingType ?? parameter!.ContainingType).Name + "." + (target?.Name ?? parameter!.Name);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ArrayDoesNotFitTensorShape,
                    creation.Syntax.GetLocation(),
                    string.Join(", ", sizes),
                    member,
                    TensorShapes.Text(shape),
                    i,
                    sizes[i],
                    shape[i]));
                return;
            }
        }
    }

    /// <summary>The member (or constructor parameter) the value lands in, looking through implicit conversions.</summary>
    private static ISymbol? TargetMember(IOperation creation, out IParameterSymbol? parameter)
    {
        parameter = null;
        IOperation value = creation;
        while (value.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion;
        }
        switch (value.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Value == value:
                return assignment.Target switch
                {
                    IPropertyReferenceOperation property => property.Property,
                    IFieldReferenceOperation field => field.Field,
                    _ => null,
                };
            case IPropertyInitializerOperation initializer:
                return initializer.InitializedProperties.FirstOrDefault();
            case IFieldInitializerOperation initializer:
                return initializer.InitializedFields.FirstOrDefault();
            case IArgumentOperation { Parameter: { } p } argument when argument.ArgumentKind != ArgumentKind.ParamArray:
                parameter = p;
                return PositionalProperty(p);
            default:
                return null;
        }
    }

    /// <summary>The property a positional record parameter declares (same name, same declaring syntax).</summary>
    private static IPropertySymbol? PositionalProperty(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } record }
            || parameter.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }
        SyntaxReference declaration = parameter.DeclaringSyntaxReferences[0];
        foreach (ISymbol member in record.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property
                && property.DeclaringSyntaxReferences.Length == 1
                && property.DeclaringSyntaxReferences[0].SyntaxTree == declaration.SyntaxTree
                && property.DeclaringSyntaxReferences[0].Span == declaration.Span)
            {
                return property;
            }
        }
        return null;
    }

    private static AttributeData? FindTensor(ISymbol? symbol, INamedTypeSymbol tensor)
    {
        if (symbol is null)
        {
            return null;
        }
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, tensor))
            {
                return attribute;
            }
        }
        if (symbol is IPropertySymbol property && property.DeclaringSyntaxReferences.Length == 1
            && property.ContainingType is { IsRecord: true } record)
        {
            // A positional property's [Tensor] may sit on its parameter (no 'property:' target).
            foreach (IMethodSymbol constructor in record.InstanceConstructors)
            {
                foreach (IParameterSymbol parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name
                        && parameter.DeclaringSyntaxReferences.Length == 1
                        && parameter.DeclaringSyntaxReferences[0].Span == property.DeclaringSyntaxReferences[0].Span
                        && parameter.DeclaringSyntaxReferences[0].SyntaxTree == property.DeclaringSyntaxReferences[0].SyntaxTree)
                    {
                        return FindTensor(parameter, tensor);
                    }
                }
            }
        }
        return null;
    }
}

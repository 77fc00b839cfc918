using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Formats;

namespace Signatures.Shared.Mapping;

/// <summary>
/// Reads a param's default from C# source (a property or field initializer, or a positional parameter's default)
/// and normalises it as MLflow's <c>ParamSpec</c> does: an integer default of a double param becomes <c>1.0</c>,
/// a <c>float</c> literal is widened (<c>0.1f</c> -> <c>0.10000000149011612</c>), a <c>DateTime</c> is written
/// with <c>isoformat()</c>. Accepted: constants, <c>new DateTime(...)</c>/<c>new DateOnly(...)</c> with constant
/// arguments, arrays, collection expressions and collection initializers of those, and object creations for
/// object params. A member without any default has C#'s default value.
/// </summary>
internal sealed class ParamDefaultReader
{
    private readonly Compilation compilation;
    private readonly List<MappingIssue> issues;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<SyntaxTree, SemanticModel> models;

    /// <summary>Creates a reader; <paramref name="models"/> lets the members of one contract share semantic models.</summary>
    public ParamDefaultReader(Compilation compilation, List<MappingIssue> issues, CancellationToken cancellationToken,
        Dictionary<SyntaxTree, SemanticModel>? models = null)
    {
        this.compilation = compilation;
        this.issues = issues;
        this.cancellationToken = cancellationToken;
        this.models = models ?? new Dictionary<SyntaxTree, SemanticModel>();
    }

    /// <summary>The default of <paramref name="member"/> for a param of type <paramref name="shape"/>, or
    /// <see langword="null"/> after adding a blocking issue.</summary>
    public ParamValue? Read(ContractMember member, TypeShape shape)
    {
        ParamValue? value;
        if (FindInitializer(member.Symbol) is { } initializer)
        {
            value = Evaluate(initializer, shape, string.Empty);
        }
        else if (member.PrimaryParameter is { HasExplicitDefaultValue: true } parameter)
        {
            value = FromConstant(parameter.ExplicitDefaultValue, shape, string.Empty, parameter.Name);
        }
        else
        {
            value = ClrDefault(shape);
        }
        if (value is null) return null;
        if (value.Kind == ParamValueKind.Null && (shape.Kind != ShapeKind.Scalar || shape.DataType == "datetime"))
        {
            return Invalid(string.Empty, shape, shape.Kind == ShapeKind.Scalar
                ? "MLflow cannot write a null datetime default; give the param a date"
                : "MLflow refuses a null default for list and object params; give the param a default value");
        }
        return value;
    }

    private ExpressionSyntax? FindInitializer(ISymbol symbol)
    {
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax(cancellationToken);
            ExpressionSyntax? value = node switch
            {
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                _ => null,
            };
            if (value is not null) return value;
        }
        return null;
    }

    private ParamValue? Evaluate(ExpressionSyntax expression, TypeShape target, string path)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        if (!models.TryGetValue(expression.SyntaxTree, out SemanticModel? model))
        {
            model = compilation.GetSemanticModel(expression.SyntaxTree);
            models.Add(expression.SyntaxTree, model);
        }
        Optional<object?> constant = model.GetConstantValue(expression, cancellationToken);
        if (constant.HasValue) return FromConstant(constant.Value, target, path, expression.ToString());

        switch (target.Kind)
        {
            case ShapeKind.Scalar when target.DataType == "datetime":
                return DateFromCreation(expression, model, target, path);
            case ShapeKind.Array when Elements(expression) is { } elements:
                var items = new ParamValue[elements.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    ParamValue? item = Evaluate(elements[i], target.Element!, path + "[]");
                    if (item is null) return null;
                    items[i] = item;
                }
                return new ParamValue(ParamValueKind.List, string.Empty, new EquatableArray<ParamValue>(items), EquatableArray<ParamField>.Empty);
            case ShapeKind.Object when expression is BaseObjectCreationExpressionSyntax creation:
                return ObjectFromCreation(creation, model, target, path);
            default:
                return NotConstant(path, target, expression.ToString());
        }
    }

    private static IReadOnlyList<ExpressionSyntax>? Elements(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case CollectionExpressionSyntax collection:
                var list = new List<ExpressionSyntax>();
                foreach (CollectionElementSyntax element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax item) return null; // a spread is not a constant
                    list.Add(item.Expression);
                }
                return list;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions;
            case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions;
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation
                when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) && (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0):
                return initializer.Expressions;
            default:
                return null;
        }
    }

    private ParamValue? ObjectFromCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, TypeShape target, string path)
    {
        var values = new Dictionary<string, ParamValue>(StringComparer.Ordinal);
        var order = new List<string>();
        void Set(string member, ParamValue value)
        {
            if (!values.ContainsKey(member)) order.Add(member);
            values[member] = value;
        }

        if (model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor
            || model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type)
        {
            return NotConstant(path, target, creation.ToString());
        }

        // Constructor arguments set the properties their parameters declare (positional records).
        var given = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        if (creation.ArgumentList is { } arguments)
        {
            for (int i = 0; i < arguments.Arguments.Count; i++)
            {
                ArgumentSyntax argument = arguments.Arguments[i];
                IParameterSymbol? parameter = argument.NameColon is { } nameColon
                    ? Find(constructor.Parameters, nameColon.Name.Identifier.ValueText)
                    : i < constructor.Parameters.Length && !constructor.Parameters[i].IsParams ? constructor.Parameters[i] : null;
                if (parameter is null || PropertyOf(target, parameter.Name) is not { } property)
                {
                    return NotConstant(path, target, argument.ToString());
                }
                given.Add(parameter);
                ParamValue? value = Evaluate(argument.Expression, property.Type, path + "." + property.MemberName);
                if (value is null) return null;
                Set(property.MemberName, value);
            }
        }
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            // A parameter left at a null default leaves its (optional) member out, as an unset member would be.
            if (given.Contains(parameter) || !parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is null
                || PropertyOf(target, parameter.Name) is not { } property) continue;
            ParamValue? value = FromConstant(parameter.ExplicitDefaultValue, property.Type, path + "." + property.MemberName, parameter.Name);
            if (value is null) return null;
            Set(property.MemberName, value);
        }

        if (creation.Initializer is { } initializer)
        {
            if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression)) return NotConstant(path, target, initializer.ToString());
            foreach (ExpressionSyntax expression in initializer.Expressions)
            {
                if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
                    || PropertyOf(target, name.Identifier.ValueText) is not { } property)
                {
                    return NotConstant(path, target, expression.ToString());
                }
                ParamValue? value = Evaluate(assignment.Right, property.Type, path + "." + property.MemberName);
                if (value is null) return null;
                Set(property.MemberName, value);
            }
        }

        // Members not set here keep the initializer of their declaration, as the C# object does.
        foreach (ContractMember member in ContractMember.Collect(type, cancellationToken))
        {
            if (values.ContainsKey(member.Name) || PropertyOf(target, member.Name) is not { } property) continue;
            if (FindInitializer(member.Symbol) is { } declared)
            {
                ParamValue? value = Evaluate(declared, property.Type, path + "." + property.MemberName);
                if (value is null) return null;
                Set(property.MemberName, value);
            }
        }

        var fields = new List<ParamField>();
        foreach (PropertyShape property in target.Properties)
        {
            if (!values.ContainsKey(property.MemberName) && property.Required)
            {
                return Invalid(path, target, $"the default does not set the required member '{property.MemberName}'");
            }
        }
        foreach (string member in order)
        {
            PropertyShape property = PropertyOf(target, member)!;
            if (values[member].Kind == ParamValueKind.Null && property.Required)
            {
                return Invalid(path + "." + member, property.Type, $"the required member '{member}' is null");
            }
            fields.Add(new ParamField(property.MemberName, property.ExplicitName, values[member]));
        }
        return new ParamValue(ParamValueKind.Object, string.Empty, EquatableArray<ParamValue>.Empty, new EquatableArray<ParamField>(fields.ToArray()));
    }

    private static IParameterSymbol? Find(IEnumerable<IParameterSymbol> parameters, string name)
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            if (parameter.Name == name) return parameter;
        }
        return null;
    }

    private static PropertyShape? PropertyOf(TypeShape target, string memberName)
    {
        foreach (PropertyShape property in target.Properties)
        {
            if (property.MemberName == memberName) return property;
        }
        return null;
    }

    private ParamValue? DateFromCreation(ExpressionSyntax expression, SemanticModel model, TypeShape target, string path)
    {
        if (expression is not BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments, Initializer: null } creation
            || model.GetTypeInfo(creation, cancellationToken).Type is not { } type)
        {
            return NotConstant(path, target, expression.ToString());
        }
        string name = SymbolFacts.MetadataName(type);
        var numbers = new List<int>();
        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            // The DateTimeKind of a DateTime does not reach MLflow (it has no zones); only the numbers do.
            if (name == "System.DateTime" && numbers.Count >= 3 && IsDateTimeKind(argument, model)) continue;
            Optional<object?> constant = model.GetConstantValue(argument.Expression, cancellationToken);
            if (!constant.HasValue || constant.Value is not int number) return NotConstant(path, target, expression.ToString());
            numbers.Add(number);
        }
        try
        {
            if (name == "System.DateOnly" && numbers.Count == 3)
            {
                var date = new DateTime(numbers[0], numbers[1], numbers[2]);
                return ParamValue.OfLiteral(PythonJsonText.QuoteString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            if (name == "System.DateTime" && numbers.Count is 3 or 6 or 7 or 8)
            {
                var value = numbers.Count == 3
                    ? new DateTime(numbers[0], numbers[1], numbers[2])
                    : new DateTime(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers.Count > 6 ? numbers[6] : 0);
                if (numbers.Count == 8)
                {
                    if (numbers[7] is < 0 or > 999) throw new ArgumentOutOfRangeException(nameof(expression));
                    value = value.AddTicks(numbers[7] * 10L);
                }
                return ParamValue.OfLiteral(PythonJsonText.QuoteString(IsoFormat(value)));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return Invalid(path, target, $"'{expression}' is not a valid date");
        }
        return NotConstant(path, target, expression.ToString());
    }

    private bool IsDateTimeKind(ArgumentSyntax argument, SemanticModel model) =>
        model.GetTypeInfo(argument.Expression, cancellationToken).Type is { } type && SymbolFacts.HasMetadataName(type, "System.DateTimeKind");

    /// <summary>Python's <c>datetime.isoformat()</c>: microseconds only when not zero.</summary>
    private static string IsoFormat(DateTime value)
    {
        string text = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        long microseconds = value.Ticks % TimeSpan.TicksPerSecond / 10;
        return microseconds == 0 ? text : text + "." + microseconds.ToString("000000", CultureInfo.InvariantCulture);
    }

    private ParamValue? FromConstant(object? value, TypeShape target, string path, string source)
    {
        if (value is null) return ParamValue.Null;
        if (target.Kind != ShapeKind.Scalar) return NotConstant(path, target, source);
        switch (target.DataType)
        {
            case "boolean" when value is bool b:
                return ParamValue.OfLiteral(b ? "true" : "false");
            case "integer" or "long" when IsInteger(value):
                return ParamValue.OfLiteral(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case "float" or "double" when IsInteger(value) || value is float or double or decimal:
                double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsNaN(number) || double.IsInfinity(number))
                {
                    return Invalid(path, target, "MLflow's JSON cannot hold NaN or infinite defaults");
                }
                return ParamValue.OfLiteral(PythonJsonText.FormatDouble(number));
            case "string" when value is string or char:
                return ParamValue.OfLiteral(PythonJsonText.QuoteString(value.ToString()!));
            case "datetime" when value is string text && TryParseIso(text, out string iso):
                return ParamValue.OfLiteral(PythonJsonText.QuoteString(iso));
            default:
                return Invalid(path, target, $"the default {source} does not fit the param type '{target.DataType}'");
        }
    }

    private static bool IsInteger(object value) => value is sbyte or byte or short or ushort or int or uint or long or ulong;

    // A datetime param declared on a string member ([Column(Type = DataType.Datetime)]) takes ISO text.
    private static bool TryParseIso(string text, out string iso)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value))
        {
            iso = text.Length == 10 ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : IsoFormat(value);
            return true;
        }
        iso = string.Empty;
        return false;
    }

    // What a member without any default holds in C#: null, or the value type's zero.
    private static ParamValue ClrDefault(TypeShape shape)
    {
        if (shape.IsNullable || shape.Kind != ShapeKind.Scalar) return ParamValue.Null;
        return shape.DataType switch
        {
            "boolean" => ParamValue.OfLiteral("false"),
            "integer" or "long" => ParamValue.OfLiteral("0"),
            "float" or "double" => ParamValue.OfLiteral("0.0"),
            "datetime" => ParamValue.OfLiteral(PythonJsonText.QuoteString(
                shape.ClrType == "global::System.DateOnly" ? "0001-01-01" : IsoFormat(DateTime.MinValue))),
            _ => ParamValue.Null,
        };
    }

    private ParamValue? NotConstant(string path, TypeShape target, string source)
    {
        issues.Add(new MappingIssue(MappingIssueKind.ParamDefaultNotConstant, path, ShortClr(target),
            $"the default '{source}' is not a constant, an array of constants, a date with constant arguments or an object creation", null));
        return null;
    }

    private ParamValue? Invalid(string path, TypeShape target, string detail)
    {
        issues.Add(new MappingIssue(MappingIssueKind.ParamDefaultInvalid, path, ShortClr(target), detail, null));
        return null;
    }

    private static string ShortClr(TypeShape shape) =>
        shape.ClrType.StartsWith("global::", StringComparison.Ordinal) ? shape.ClrType.Substring("global::".Length) : shape.ClrType;
}

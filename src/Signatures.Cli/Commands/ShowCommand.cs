using System.CommandLine;
using System.Globalization;
using System.Text;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures show FILE</c>: the signature's inputs, outputs and params as aligned tables, for people.</summary>
public static class ShowCommand
{
    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        const string fileHelp = "an MLmodel file, an MLflow model directory or a JSON file holding ModelSignature.to_dict() ('-' reads stdin)";
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = fileHelp };
        var signature = new Option<string>("--signature") { HelpName = "FILE", Description = "the same as FILE" };
        var command = new SignaturesCommand("show", "a readable table of a signature's inputs, outputs and params", UsageStyle.OneLine,
            "usage: signatures show FILE   (an MLmodel file, a model directory or a to_dict() JSON file; '-' reads stdin)") { file, signature };
        UsageErrors.ReportOptionsTakenAsValue(file, command, dashIsStandardInput: true);
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(signature), streams));
        return command;
    }

    private static int Run(string? file, string? signature, StandardStreams streams)
    {
        if (file is not null && signature is not null) throw new UsageException("show takes one FILE.");
        string path = file ?? signature ?? throw new UsageException("show needs a FILE.");
        streams.Output.Write(Render(SignatureFile.Read(path, streams.Input)));
        return ExitCodes.Ok;
    }

    /// <summary>The tables, one section per part of the signature.</summary>
    public static string Render(ModelSignature signature)
    {
        var builder = new StringBuilder();
        AppendSchema(builder, "inputs", signature.Inputs);
        builder.Append('\n');
        AppendSchema(builder, "outputs", signature.Outputs);
        builder.Append('\n');
        AppendParams(builder, signature.Params);
        if (signature.IsFromTypeHint)
        {
            builder.Append("\nis_signature_from_type_hint: true (MLflow's server takes the input only from 'inputs')\n");
        }
        return builder.ToString();
    }

    private static void AppendSchema(StringBuilder builder, string title, Schema? schema)
    {
        if (schema is null)
        {
            builder.Append(title).Append(": none\n");
            return;
        }
        int count = schema.Inputs.Count;
        string naming = schema.HasInputNames ? "named" : "unnamed";
        if (schema.IsTensorBased)
        {
            builder.Append(title).Append(": ").Append(Plural(count, "tensor")).Append(" (").Append(naming).Append(")\n");
            var rows = new List<string[]> { new[] { "name", "dtype", "shape" } };
            rows.AddRange(schema.Tensors.Select((t, i) => new[] { NameOf(t, i), t.DType.ToNumpyName(), TensorSpec.FormatShape(t.Shape) }));
            AppendTable(builder, rows);
        }
        else
        {
            builder.Append(title).Append(": ").Append(Plural(count, "column")).Append(" (").Append(naming).Append(")\n");
            var rows = new List<string[]> { new[] { "name", "type", "required" } };
            rows.AddRange(schema.Columns.Select((c, i) => new[]
            {
                NameOf(c, i), TypeText(c.Type), RequiredText(c.Required, c.RequiredJson),
            }));
            AppendTable(builder, rows);
        }
    }

    private static void AppendParams(StringBuilder builder, ParamSchema? parameters)
    {
        if (parameters is null || parameters.Params.Count == 0)
        {
            builder.Append("params: none\n");
            return;
        }
        builder.Append("params: ").Append(Plural(parameters.Params.Count, "param")).Append('\n');
        var rows = new List<string[]> { new[] { "name", "type", "shape", "default" } };
        rows.AddRange(parameters.Params.Select(p => new[]
        {
            Printable(p.Name), TypeText(p.Type), p.IsList ? "(-1,)" : "scalar", Printable(p.DefaultJson),
        }));
        AppendTable(builder, rows);
    }

    /// <summary>A compact type: <c>long</c>, <c>array&lt;long&gt;</c>, <c>map&lt;string, double&gt;</c>,
    /// <c>object{a: long, b?: string}</c> (<c>?</c> marks an optional property).</summary>
    public static string TypeText(ColumnType type) => type switch
    {
        ArrayType a => $"array<{TypeText(a.Items)}>",
        MapType m => $"map<string, {TypeText(m.Values)}>",
        ObjectType o => "object{" + string.Join(", ", o.Properties.Select(p => Printable(p.Name) + (p.Required ? "" : "?") + (p.RequiredJson is { } j ? $" (required: {Printable(j)})" : "") + ": " + TypeText(p.Type))) + "}",
        _ => type.TypeName,
    };

    private static void AppendTable(StringBuilder builder, List<string[]> rows)
    {
        int columns = rows[0].Length;
        var widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        }
        foreach (string[] row in rows)
        {
            builder.Append("  ");
            for (int c = 0; c < columns; c++)
            {
                builder.Append(row[c]);
                if (c < columns - 1) builder.Append(' ', widths[c] - row[c].Length + 2);
            }
            builder.Append('\n');
        }
    }

    // A name that is a number or boolean says so, to tell 0 from the string "0".
    private static string NameOf(InputSpec spec, int index) => spec.Name is null
        ? index.ToString(CultureInfo.InvariantCulture)
        : spec.NameKind switch
        {
            NameKind.Integer => spec.Name + " (int)",
            NameKind.Float => spec.Name + " (float)",
            NameKind.Boolean => spec.Name + " (bool)",
            _ => Printable(spec.Name),
        };

    // A 'required' that is not a boolean is shown as written, with the truthiness MLflow enforces.
    private static string RequiredText(bool? required, string? json) => (required, json) switch
    {
        (true, { } j) => $"yes ({Printable(j)})",
        (_, { } j) => $"no ({Printable(j)})",
        (true, null) => "yes",
        (false, null) => "no",
        _ => "no (unset)",
    };

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    // Names may hold line breaks or other control characters; escape them so the table stays a table.
    private static string Printable(string text) => CommandLine.OneLine(text);
}

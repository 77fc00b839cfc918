using System.Globalization;
using Signatures.Requests;
using Tabular;

// Prints the generated signature constants, then reads the serving request on standard input with the generated
// ReadRequest: its normalized document and the typed values it produced. The package tests compare every part.
byte[] body = ReadAll(Console.OpenStandardInput());

Console.WriteLine("--- signature_json");
Console.WriteLine(TextModel.SignatureJson);
Console.WriteLine("--- signature_yaml");
Console.Write(TextModel.SignatureYaml);

ModelRequest<PromptRow[], GenerationParams> request = TextModel.ReadRequest(body, "application/json");
Console.WriteLine("--- request");
Console.WriteLine(request.ToNormalizedJson());
Console.WriteLine("--- typed");
if (request.IsAccepted)
{
    PromptRow[] rows = request.Input;
    GenerationParams p = request.Params;
    Console.WriteLine($"rows: {string.Join(" | ", rows.Select(r => r.Prompt))}");
    Console.WriteLine($"valid: {PromptRow.ValidateRows(rows).IsValid}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"params: p_int={p.PInt} p_float={p.PFloat} p_dt={p.PDt:s} p_list=[{string.Join(", ", p.PList)}] p_obj.k={p.PObj.K}"));
}

static byte[] ReadAll(Stream stream)
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}

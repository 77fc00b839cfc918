using Signatures.Requests;
using Tensor;

// Prints the generated signature constants, then reads the serving request on standard input with the generated
// ReadRequest: its normalized document and the tensors it produced. The package tests compare every part.
byte[] body = ReadAll(Console.OpenStandardInput());

Console.WriteLine("--- signature_json");
Console.WriteLine(ImageModel.SignatureJson);
Console.WriteLine("--- signature_yaml");
Console.Write(ImageModel.SignatureYaml);

ModelRequest<ImageBatch> request = ImageModel.ReadRequest(body, "application/json");
Console.WriteLine("--- request");
Console.WriteLine(request.ToNormalizedJson());
Console.WriteLine("--- typed");
if (request.IsAccepted)
{
    ImageBatch batch = request.Input;
    Console.WriteLine($"scalar: {batch.Scalar}");
    Console.WriteLine($"fixed: {batch.Fixed.Length}, ragged: {batch.Ragged.Length}x{batch.Ragged[0].Length}");
    Console.WriteLine($"image: {batch.Image.GetLength(0)}x{batch.Image.GetLength(1)}x{batch.Image.GetLength(2)}x{batch.Image.GetLength(3)}, last pixel {batch.Image[0, 223, 223, 2]}");
    Console.WriteLine($"valid: {ImageBatch.Validate(batch).IsValid}");
}

static byte[] ReadAll(Stream stream)
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}

using System.Text;
using Quickstart;
using Signatures;
using Signatures.Examples;
using Signatures.Requests;
using Signatures.Writing;

// Each signature class carries its MLflow signature three ways, all generated at compile time:
// Signature (a ModelSignature object), SignatureJson (to_dict()) and SignatureYaml (the MLmodel block).
Print(nameof(IrisClassifier), IrisClassifier.SignatureYaml, IrisClassifier.Signature);
Print(nameof(TextGenerator), TextGenerator.SignatureYaml, TextGenerator.Signature);
Print(nameof(DigitRecognizer), DigitRecognizer.SignatureYaml, DigitRecognizer.Signature);

// Every contract implements IModelContract<T> (or IModelParams<T>), so generic code can take any of them.
Console.WriteLine("# contract schemas");
Describe<IrisFeatures>();
Describe<MnistInput>();
Console.WriteLine($"{nameof(GenerationParams)}: {GenerationParams.ParamSchemaJson}");

// Generated validators check instances by the serving rules (allocation-free when valid), with each violation's path;
// the writers turn rows into a request body MLflow's scoring server accepts, or into MLflow's input example files.
Console.WriteLine();
Console.WriteLine("# validation and writing");
IrisFeatures[] rows = [new(5.1, 3.5, 1.4, 0.2), new(6.2, 2.9, 4.3, null)];
Console.WriteLine($"rows: {IrisFeatures.ValidateRows(rows)}");
// A constant 27-wide array here would be SIG0205 at compile time; sizes known only at run time are what Validate is for.
int decodedWidth = int.Parse("27", System.Globalization.CultureInfo.InvariantCulture);
Console.WriteLine($"a 27-pixel-wide image: {MnistInput.Validate(new MnistInput(new byte[1, 28, decodedWidth, 1]))}");
Console.WriteLine($"request: {Encoding.UTF8.GetString(ServingRequest.Write(rows))}");
Console.WriteLine($"input_example.json: {ContractExamples.FromRows(rows).Write().InputExampleJson}");

// The headline: ReadRequest reads an MLflow serving request (any of MLflow's JSON envelopes, or CSV) straight into
// typed rows and params by MLflow's rules. A bad request is a rejection naming the column, row and problem, never an
// exception; ToNormalizedJson() is the same document the `signatures validate` command prints.
Console.WriteLine();
Console.WriteLine("# reading serving requests");
ModelRequest<IrisFeatures[]> iris = IrisClassifier.ReadRequest(ServingRequest.Write(rows));
Console.WriteLine($"{nameof(IrisClassifier)}: {iris.Input.Length} rows, equal to the rows written: {iris.Input.SequenceEqual(rows)}");
ModelRequest<string[], GenerationParams> text = TextGenerator.ReadRequest("""{"inputs": ["Hello"], "params": {"top_k": 5}}"""u8);
Console.WriteLine($"{nameof(TextGenerator)}: prompt '{text.Input[0]}', top_k {text.Params.TopK}, temperature {text.Params.Temperature} (the default)");
ModelRequest<IrisFeatures[]> refused = IrisClassifier.ReadRequest("""{"dataframe_records": [{"sepal length (cm)": "tall"}]}"""u8);
Console.WriteLine($"a bad request: {refused.ToNormalizedJson()}");

static void Print(string name, string yaml, ModelSignature signature)
{
    // The constant and the object agree byte for byte; both are what MLflow writes.
    if (yaml != signature.ToMLmodelYaml()) throw new InvalidOperationException($"{name}: generated YAML differs from the runtime's");
    Console.WriteLine($"# {name} (MLmodel)");
    Console.Write(yaml);
    Console.WriteLine();
}

static void Describe<TContract>() where TContract : IModelContract<TContract> =>
    Console.WriteLine($"{typeof(TContract).Name}: {TContract.SchemaJson}");

using Quickstart;
using Signatures;

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

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Signatures.Samples.Serving;

/// <summary>
/// A multiclass classifier (ML.NET's SDCA maximum entropy) trained on the iris data set when the server starts.
/// Predicting transforms a whole request at once, which is thread-safe, so one instance serves every request.
/// </summary>
public sealed class IrisClassifier
{
    private readonly MLContext ml;
    private readonly ITransformer model;

    private IrisClassifier(MLContext ml, ITransformer model)
    {
        this.ml = ml;
        this.model = model;
    }

    /// <summary>Trains on <paramref name="csvPath"/> (header <c>sepal_length,sepal_width,petal_length,petal_width,species</c>).</summary>
    public static IrisClassifier Train(string csvPath)
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromTextFile<TrainingRow>(csvPath, separatorChar: ',', hasHeader: true);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(TrainingRow.Species))
            .Append(ml.Transforms.Concatenate("Features",
                nameof(TrainingRow.SepalLength), nameof(TrainingRow.SepalWidth), nameof(TrainingRow.PetalLength), nameof(TrainingRow.PetalWidth)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
        return new IrisClassifier(ml, pipeline.Fit(data));
    }

    /// <summary>The species and its probability for each row, in order.</summary>
    public IrisPrediction[] Predict(IReadOnlyList<IrisFeatures> rows)
    {
        IDataView input = ml.Data.LoadFromEnumerable(rows.Select(r => new TrainingRow
        {
            SepalLength = (float)r.SepalLength,
            SepalWidth = (float)r.SepalWidth,
            PetalLength = (float)r.PetalLength,
            PetalWidth = (float)r.PetalWidth,
        }));
        return ml.Data.CreateEnumerable<ScoredRow>(model.Transform(input), reuseRowObject: false)
            .Select(s => new IrisPrediction(s.PredictedSpecies, s.Score.Max()))
            .ToArray();
    }

    private sealed class TrainingRow
    {
        [LoadColumn(0)] public float SepalLength { get; set; }
        [LoadColumn(1)] public float SepalWidth { get; set; }
        [LoadColumn(2)] public float PetalLength { get; set; }
        [LoadColumn(3)] public float PetalWidth { get; set; }
        [LoadColumn(4)] public string Species { get; set; } = string.Empty;
    }

    private sealed class ScoredRow
    {
        public string PredictedSpecies { get; set; } = string.Empty;
        public float[] Score { get; set; } = [];
    }
}

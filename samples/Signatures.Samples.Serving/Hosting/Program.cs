using Signatures.AspNetCore;
using Signatures.Samples.Serving;

// The host (kept apart from the contracts in the folder above, which build with the Signatures package alone).
// Serves an ML.NET iris classifier, trained at startup on Data/iris.csv, with MLflow's scoring protocol:
// POST /invocations (dataframe_split, dataframe_records, instances, inputs, text/csv), GET /ping, /health, /version.
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
WebApplication app = builder.Build();

IrisClassifier classifier = IrisClassifier.Train(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv"));
string example = ServingExample.EnsureWritten();

app.MapScoring(IrisModel.Signature, IrisModel.ReadRequest, (IrisFeatures[] rows) => classifier.Predict(rows));

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Serving {Model} at {Urls}; try: curl -d @{Example} -H 'Content-Type: application/json' {Url}invocations",
        typeof(IrisModel).FullName, string.Join(", ", app.Urls), example, app.Urls.First().TrimEnd('/') + "/"));
app.Run();

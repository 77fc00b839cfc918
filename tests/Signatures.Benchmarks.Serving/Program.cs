using System.Globalization;
using System.Text;
using Signatures.AspNetCore;
using Signatures.Benchmarks.Serving;

// One server per run, so the load generator measures one endpoint at a time:
//   package   MapScoring over the generated ReadRequest (the model returns one class per row)
//   stj       a Minimal API endpoint deserializing the same body with System.Text.Json's source generator, validating nothing
//   handwritten  a short Minimal API endpoint over the generated ReadRequest (what users wrote before the package)
//   constant  bare Kestrel: a terminal middleware that answers a constant (the floor)
//   bodies DIR  writes the 1-row and 1,000-row dataframe_split bodies
// Every server also answers GET /allocated (bytes allocated so far, all threads) for the per-request allocation figure.
if (args.Length >= 2 && args[0] == "bodies")
{
    Directory.CreateDirectory(args[1]);
    foreach (int rows in new[] { 1, 1000 }) File.WriteAllText(Path.Combine(args[1], $"split-{rows}.json"), Body(rows));
    return;
}
string mode = args.Length > 0 ? args[0] : throw new ArgumentException("usage: Signatures.Benchmarks.Serving package|handwritten|stj|constant --urls http://127.0.0.1:PORT | bodies DIR");

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SplitJsonContext.Default));
WebApplication app = builder.Build();
byte[] constant = "{\"predictions\":[0]}"u8.ToArray();
app.Use(async (http, next) =>
{
    if (http.Request.Path == "/allocated")
    {
        await http.Response.WriteAsync(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
        return;
    }
    await next(http);
});
switch (mode)
{
    case "package":
        app.MapScoring(FlowerModel.Signature, FlowerModel.ReadRequest, (Flower[] rows) => new long[rows.Length]);
        break;
    case "handwritten":
        app.MapPost("/invocations", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            var request = FlowerModel.ReadRequest(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), http.Request.ContentType);
            if (!request.IsAccepted) return Results.BadRequest(request.Rejection!.Message);
            return Results.Bytes(Signatures.Writing.Predictions.WriteValues(new long[request.Input.Length]), "application/json");
        });
        break;
    case "stj":
        app.MapPost("/invocations", (SplitRequest request) =>
            TypedResults.Json(new PredictionsResponse { Predictions = new long[request.DataframeSplit?.Data?.Length ?? 0] }, SplitJsonContext.Default.PredictionsResponse));
        break;
    case "constant":
        app.Run(http =>
        {
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = constant.Length;
            return http.Response.Body.WriteAsync(constant).AsTask();
        });
        break;
    default:
        throw new ArgumentException($"unknown mode '{mode}': package, handwritten, stj, constant or bodies");
}
app.Run();

static string Body(int rows)
{
    var body = new StringBuilder("{\"dataframe_split\": {\"columns\": [\"sepal length (cm)\", \"sepal width (cm)\", \"petal length (cm)\", \"petal width (cm)\"], \"data\": [");
    var random = new Random(7);
    for (int i = 0; i < rows; i++)
    {
        if (i > 0) body.Append(", ");
        body.Append('[');
        for (int c = 0; c < 4; c++)
        {
            if (c > 0) body.Append(", ");
            body.Append((Math.Round(random.NextDouble() * 7 + 0.1, 1)).ToString("0.0", CultureInfo.InvariantCulture));
        }
        body.Append(']');
    }
    return body.Append("]}}").ToString();
}

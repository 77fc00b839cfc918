namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>MLmodel files as MLflow writes them (PyYAML block style, the schema JSON in single-quoted scalars folded
/// at 80 columns), written for these tests.</summary>
internal static class MLmodelFiles
{
    /// <summary>An sklearn iris classifier: four required double columns with spaces in their names, one unnamed long output.</summary>
    public const string Iris = """
        artifact_path: model
        flavors:
          python_function:
            loader_module: mlflow.sklearn
            model_path: model.pkl
            python_version: 3.10.12
          sklearn:
            pickled_model: model.pkl
            sklearn_version: 1.3.2
        mlflow_version: 2.9.2
        signature:
          inputs: '[{"type": "double", "name": "sepal length (cm)", "required": true}, {"type":
            "double", "name": "sepal width (cm)", "required": true}, {"type": "double", "name":
            "petal length (cm)", "required": true}, {"type": "double", "name": "petal width
            (cm)", "required": true}]'
          outputs: '[{"type": "long", "required": true}]'
          params: null
        utc_time_created: '2024-01-15 10:22:33.123456'

        """;

    /// <summary>An MLmodel with the given signature parts (JSON texts, or null), single-quoted on one line each.</summary>
    public static string With(string? inputs, string? outputs = null, string? parameters = null) =>
        "artifact_path: model\nflavors:\n  python_function:\n    loader_module: custom\nsignature:\n"
        + "  inputs: " + Quote(inputs) + "\n  outputs: " + Quote(outputs) + "\n  params: " + Quote(parameters) + "\n";

    private static string Quote(string? json) => json is null ? "null" : "'" + json.Replace("'", "''") + "'";
}

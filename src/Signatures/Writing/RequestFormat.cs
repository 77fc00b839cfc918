namespace Signatures.Writing;

/// <summary>The <c>application/json</c> envelopes of MLflow's scoring server (spec/mlflow-signatures.md §5.4).</summary>
public enum RequestFormat
{
    /// <summary><c>{"dataframe_split": {"columns": [...], "data": [[...], ...]}}</c>: the form MLflow's own
    /// <c>serving_input_example.json</c> uses for a DataFrame. Columns only.</summary>
    DataframeSplit,

    /// <summary><c>{"dataframe_records": [{...}, ...]}</c>: one object per row. Columns only.</summary>
    DataframeRecords,

    /// <summary><c>{"instances": ...}</c>: rows as records (one row as a single record); tensors as an object of
    /// named tensors.</summary>
    Instances,

    /// <summary><c>{"inputs": ...}</c>: rows as a list of records; tensors as an object of named tensors.</summary>
    Inputs,
}

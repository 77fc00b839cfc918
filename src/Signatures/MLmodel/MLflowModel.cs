using System.Text;
using Signatures.Json;

namespace Signatures.MLmodel;

/// <summary>
/// MLflow's <c>Model</c> object as <c>Model.load</c> builds it from an MLmodel file (<c>yaml.safe_load</c>, then
/// <c>Model.from_dict</c> and the constructor's attribute order), the two setters <c>set_signature</c> and
/// <c>log_model(input_example=...)</c> use, and <c>Model.save</c> (<c>to_dict()</c> then
/// <c>yaml.safe_dump</c>). The attributes are kept as the object's <c>__dict__</c>, so MLflow's additions and
/// removals (<c>model_id</c>/<c>prompts</c> always written, <c>run_id</c>/<c>artifact_path</c> dropped when null,
/// top-level <c>_keys</c> dropped, unknown keys kept) follow from the same rules.
/// </summary>
internal sealed class MLflowModel
{
    private const string SignatureAttribute = "_signature";
    private const string ExampleInfoAttribute = "_saved_input_example_info";

    // Model.__init__'s parameters; any other key is a **kwargs entry stored as is.
    private static readonly string[] Parameters =
    [
        "artifact_path", "run_id", "utc_time_created", "flavors", "signature", "saved_input_example_info", "model_uuid",
        "mlflow_version", "metadata", "model_size_bytes", "resources", "env_vars", "auth_policy", "model_id", "prompts",
    ];

    private readonly List<KeyValuePair<string, object>> attributes = new();

    private MLflowModel() { }

    /// <summary>The signature the model holds (a <see cref="LoadedSignature"/>), or <see langword="null"/>.</summary>
    public LoadedSignature? Signature => Get(SignatureAttribute) as LoadedSignature;

    /// <summary>The <c>saved_input_example_info</c> the model holds, or <see langword="null"/>.</summary>
    public PyObject? SavedInputExampleInfo => Get(ExampleInfoAttribute) is PyObject info and not PyNone ? info : null;

    /// <summary><c>Model.load</c> of an MLmodel file's text; <paramref name="utcNow"/> is the clock MLflow reads when the
    /// file has no (or a falsy) <c>utc_time_created</c>.</summary>
    /// <exception cref="SignatureException">MLflow could not load the file; the message says why.</exception>
    public static MLflowModel Load(string text, string what, Func<DateTime> utcNow)
    {
        string normalized = Normalize(text, what);
        YamlNode? root = YamlDocumentLoader.Load(normalized, what);
        if (root is null) throw new SignatureException($"{what} is empty (yaml.safe_load gives None): expected a YAML mapping of model attributes such as 'flavors'.");
        PyObject loaded = PyYamlConstructor.Construct(root, what);
        if (loaded is not PyMap dict)
        {
            throw new SignatureException($"{what} must be a YAML mapping of model attributes such as 'flavors', got a {loaded.TypeName}.");
        }
        return FromDict(dict, what, utcNow);
    }

    // Model.from_dict, then Model.__init__(**model_dict).
    private static MLflowModel FromDict(PyMap source, string what, Func<DateTime> utcNow)
    {
        var dict = new List<KeyValuePair<string, object>>();
        foreach (KeyValuePair<PyObject, PyObject> entry in source.Entries)
        {
            if (entry.Key is not PyStr key)
            {
                throw new SignatureException($"{what}: the top-level key {entry.Key.Repr()} is not a string (MLflow passes the keys to Model() as keyword arguments).");
            }
            if (key.Value == "self")
            {
                throw new SignatureException($"{what}: a top-level key 'self' cannot be passed to Model() (it clashes with 'self').");
            }
            dict.Add(new(key.Value, entry.Value));
        }

        int signatureIndex = dict.FindIndex(e => e.Key == "signature");
        if (signatureIndex >= 0 && dict[signatureIndex].Value is PyMap signatureDict)
        {
            var signature = new LoadedSignature(ReadSignature(signatureDict, what), Pop(dict, "is_signature_from_type_hint"), Pop(dict, "type_hint_from_example"));
            signatureIndex = dict.FindIndex(e => e.Key == "signature");
            dict[signatureIndex] = new("signature", signature);
        }
        if (!dict.Any(e => e.Key == "model_uuid")) dict.Add(new("model_uuid", PyNone.Instance));
        if (!dict.Any(e => e.Key == "mlflow_version")) dict.Add(new("mlflow_version", PyNone.Instance));

        var model = new MLflowModel();
        object Argument(string name) => dict.FirstOrDefault(e => e.Key == name).Value ?? PyNone.Instance;
        object created = Argument("utc_time_created");
        model.Set("run_id", Argument("run_id"));
        model.Set("artifact_path", Argument("artifact_path"));
        model.Set("utc_time_created", new PyStr(created is PyObject { IsTruthy: true } time ? time.Str() : NowText(utcNow())));
        model.Set("flavors", Argument("flavors") is PyNone ? new PyMap() : Argument("flavors"));
        model.Set(SignatureAttribute, Argument("signature"));
        model.Set(ExampleInfoAttribute, Argument("saved_input_example_info"));
        model.Set("model_uuid", Argument("model_uuid"));
        model.Set("mlflow_version", Argument("mlflow_version"));
        model.Set("_metadata", Argument("metadata"));
        model.Set("prompts", Argument("prompts"));
        model.Set("_model_size_bytes", Argument("model_size_bytes"));
        model.Set("_resources", Resources(Argument("resources"), what));
        model.Set("_env_vars", EnvVars(Argument("env_vars"), what));
        model.Set("_auth_policy", Argument("auth_policy"));
        model.Set("model_id", Argument("model_id"));
        foreach (KeyValuePair<string, object> entry in dict.Where(e => !Parameters.Contains(e.Key)))
        {
            model.Set(entry.Key, entry.Value); // self.__dict__.update(kwargs)
        }
        return model;
    }

    /// <summary><c>model.signature = signature</c> (a new signature: both type-hint flags false).</summary>
    public void SetSignature(ModelSignature? signature) =>
        Set(SignatureAttribute, signature is null ? PyNone.Instance : new LoadedSignature(signature, new PyBool(false), new PyBool(false)));

    /// <summary><c>model.saved_input_example_info = info</c>, the entries in MLflow's order.</summary>
    public void SetSavedInputExampleInfo(IReadOnlyList<KeyValuePair<string, string>> info)
    {
        var map = new PyMap();
        foreach (KeyValuePair<string, string> entry in info) map.Set(entry.Key, new PyStr(entry.Value));
        Set(ExampleInfoAttribute, map);
    }

    /// <summary><c>Model.to_dict()</c>.</summary>
    public PyMap ToDict()
    {
        var result = new PyMap();
        foreach (KeyValuePair<string, object> entry in attributes.Where(a => !a.Key.StartsWith('_')))
        {
            result.Set(entry.Key, (PyObject)entry.Value);
        }
        switch (Get(SignatureAttribute))
        {
            case LoadedSignature signature:
                result.Set("signature", SignatureDict(signature.Signature));
                result.Set("is_signature_from_type_hint", signature.FromTypeHint);
                result.Set("type_hint_from_example", signature.TypeHintFromExample);
                break;
            case PyObject other and not PyNone:
                throw new SignatureException($"the MLmodel 'signature' is a {other.TypeName}, not a mapping: MLflow cannot write it back.");
        }
        SetUnlessNone(result, "saved_input_example_info", ExampleInfoAttribute);
        if (Get("mlflow_version") is PyNone) result.Remove("mlflow_version");
        SetUnlessNone(result, "metadata", "_metadata");
        SetUnlessNone(result, "prompts", "prompts");
        SetUnlessNone(result, "resources", "_resources");
        SetUnlessNone(result, "model_size_bytes", "_model_size_bytes");
        SetUnlessNone(result, "auth_policy", "_auth_policy");
        if (Get("artifact_path") is PyNone) result.Remove("artifact_path");
        if (Get("run_id") is PyNone) result.Remove("run_id");
        SetUnlessNone(result, "env_vars", "_env_vars");
        return result;
    }

    /// <summary><c>Model.save</c>: the MLmodel text MLflow writes.</summary>
    public string ToYaml() => PyYamlEmitter.Emit(PyYamlRepresenter.Represent(ToDict()));

    /// <summary>The <c>to_dict()</c> mapping of a signature, as the MLmodel <c>signature:</c> block holds it.</summary>
    private static PyMap SignatureDict(ModelSignature signature)
    {
        var (inputs, outputs, parameters) = signature.ToDictValues();
        var dict = new PyMap();
        dict.Set("inputs", inputs is null ? PyNone.Instance : new PyStr(inputs));
        dict.Set("outputs", outputs is null ? PyNone.Instance : new PyStr(outputs));
        dict.Set("params", parameters is null ? PyNone.Instance : new PyStr(parameters));
        return dict;
    }

    // ModelSignature.from_dict: each part is read with .get() and a falsy value is absent; the rest must be JSON text.
    private static ModelSignature ReadSignature(PyMap dict, string what)
    {
        var properties = new List<KeyValuePair<string, PythonJsonValue>>();
        foreach (string part in new[] { "inputs", "outputs", "params" })
        {
            int index = dict.IndexOf(new PyStr(part));
            if (index < 0) continue;
            PyObject value = dict.Entries[index].Value;
            if (!value.IsTruthy) continue;
            if (value is not PyStr text)
            {
                throw new SignatureException($"{what}: the existing signature's '{part}' must be the schema as a quoted JSON string, got a YAML {value.TypeName} {value.Repr()}.");
            }
            properties.Add(new(part, PythonJsonValue.String(text.Value)));
        }
        try
        {
            return SignatureJsonReader.ReadDict(PythonJsonValue.Object(properties.ToArray()));
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{what}: the existing signature cannot be read as MLflow reads it: {e.Message}", e);
        }
    }

    // Model.resources setter: a string is the path of a resources YAML file to read.
    private static object Resources(object value, string what) => value is PyStr path
        ? throw new SignatureException($"{what}: 'resources' is the string '{path.Value}', which MLflow reads as the path of a resources YAML file; write the resources mapping into MLmodel instead.")
        : value;

    // Model.env_vars setter.
    private static object EnvVars(object value, string what)
    {
        if (value is PyObject { IsTruthy: true } v && !(v is PyList list && list.Items.All(i => i is PyStr)))
        {
            throw new SignatureException($"{what}: env_vars must be a list of strings. Got: {v.Repr()}");
        }
        return value;
    }

    private static PyObject Pop(List<KeyValuePair<string, object>> dict, string key)
    {
        int index = dict.FindIndex(e => e.Key == key);
        if (index < 0) return new PyBool(false);
        var value = (PyObject)dict[index].Value;
        dict.RemoveAt(index);
        return value;
    }

    // str(datetime.now(timezone.utc).replace(tzinfo=None)).
    private static string NowText(DateTime utc)
    {
        var truncated = new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Unspecified);
        return new PyDateTime(truncated, null).Str();
    }

    // Python reads the file in text mode: UTF-8, universal newlines; PyYAML skips a leading BOM and refuses
    // characters outside its printable set.
    private static string Normalize(string text, string what)
    {
        if (text.StartsWith('\uFEFF')) text = text.Substring(1);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool printable = c is '\t' or '\n' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!printable)
            {
                int line = 1 + text.AsSpan(0, i).Count('\n');
                throw new SignatureException($"{what} is not valid YAML: unacceptable character #x{(int)c:X4} (special characters are not allowed) on line {line}; is it a binary file?");
            }
        }
        return text;
    }

    private void SetUnlessNone(PyMap result, string key, string attribute)
    {
        if (Get(attribute) is PyObject value and not PyNone) result.Set(key, value);
    }

    private object? Get(string name) => attributes.FirstOrDefault(a => a.Key == name).Value;

    private void Set(string name, object value)
    {
        int index = attributes.FindIndex(a => a.Key == name);
        if (index >= 0) attributes[index] = new(name, value);
        else attributes.Add(new(name, value));
    }
}

/// <summary>A signature a model holds, with the two type-hint flags MLflow stores beside it.</summary>
internal sealed record LoadedSignature(ModelSignature Signature, PyObject FromTypeHint, PyObject TypeHintFromExample);

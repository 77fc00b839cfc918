namespace Signatures.Enforcement;

/// <summary>The two body formats of MLflow's scoring server.</summary>
internal enum BodyFormat : byte
{
    Json,
    Csv,
}

/// <summary>
/// Reads a <c>Content-Type</c> header as MLflow's scoring server does: the media type must be
/// <c>application/json</c> or <c>text/csv</c> (any case); the only parameter allowed is <c>charset</c>, and it must
/// be <c>utf-8</c> (any case). No header at all means <c>application/json</c>.
/// </summary>
internal static class ContentTypeParser
{
    public static BodyFormat Parse(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return BodyFormat.Json;
        string[] parts = contentType.Split(';');
        string media = parts[0].Trim();
        for (int i = 1; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            if (part.Length == 0) continue;
            int equals = part.IndexOf('=');
            string key = (equals < 0 ? part : part[..equals]).Trim();
            string value = equals < 0 ? string.Empty : part[(equals + 1)..].Trim().Trim('"');
            if (!key.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse($"Unsupported content type parameter {PythonRepr.Str(key)} in {PythonRepr.Str(contentType)}: only charset=utf-8 is accepted (MLflow's scoring protocol has no other parameters since MLflow 2.0; choose the format by the body's envelope key).");
            }
            if (!value.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse($"Unsupported charset {PythonRepr.Str(value)} in the content type: the body must be UTF-8 (charset=utf-8).");
            }
        }
        if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return BodyFormat.Json;
        if (media.Equals("text/csv", StringComparison.OrdinalIgnoreCase)) return BodyFormat.Csv;
        throw Refuse($"Unsupported content type {PythonRepr.Str(contentType)}: send application/json or text/csv.");
    }

    private static RequestRejectedException Refuse(string message) => new(RejectionStage.Parse, message, isMalformed: true);
}

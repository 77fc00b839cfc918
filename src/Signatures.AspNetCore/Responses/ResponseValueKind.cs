namespace Signatures.AspNetCore.Responses;

/// <summary>What a value in a predictions body stands for, where Python's text of it differs from the JSON the
/// generated writers give.</summary>
internal enum ResponseValueKind : byte
{
    /// <summary>Plain JSON: numbers with a fraction or exponent are Python floats (doubles).</summary>
    Json,

    /// <summary>A float32 or float16: Python writes the double nearest to it (<c>0.10000000149011612</c>).</summary>
    Float32,

    /// <summary>Bytes: Python's <c>base64.encodebytes</c> (a line break after every 76 characters and at the end).</summary>
    Binary,

    /// <summary>A date-time: Python's <c>isoformat()</c> (a fraction of 6 digits, or 9 when it has nanoseconds).</summary>
    Datetime,
}

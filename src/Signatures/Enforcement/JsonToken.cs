namespace Signatures.Enforcement;

/// <summary>The kind of the next JSON value, decided by its first byte.</summary>
internal enum JsonToken : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

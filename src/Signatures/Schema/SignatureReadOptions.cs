using System.Globalization;

namespace Signatures;

/// <summary>
/// Limits for reading a signature (<see cref="ModelSignature.FromDictJson(string, SignatureReadOptions?)"/>,
/// <see cref="ModelSignature.FromMLmodelYaml(string, SignatureReadOptions?)"/>, <see cref="ModelSignature.Parse(string, SignatureReadOptions?)"/>).
/// Reading takes a small multiple of the text's size (about 12 to 15 bytes per character for real signatures, at most
/// about 30 for any text), so the length limit bounds the memory a wrong or hostile file (a data file, <c>/dev/zero</c>)
/// can take.
/// </summary>
public sealed record SignatureReadOptions
{
    /// <summary>The default <see cref="MaxLength"/>: 16 MiB (16,777,216 characters). A signature of 20,000 columns is about
    /// 2 MB, so no real one comes close.</summary>
    public const int DefaultMaxLength = 16 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static SignatureReadOptions Default { get; } = new();

    /// <summary>The longest text read, in characters (a whole MLmodel file, or the <c>to_dict()</c> JSON). Default
    /// <see cref="DefaultMaxLength"/>; must be positive.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Checks every limit is in its range (what each reader does first).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MaxLength < 1) throw new ArgumentOutOfRangeException(nameof(MaxLength), MaxLength, "MaxLength must be positive.");
    }

    /// <summary>Checks <paramref name="text"/> is within the limits before anything is read.</summary>
    internal void CheckLength(string text, string what)
    {
        if (text.Length > MaxLength)
        {
            throw new SignatureException(
                $"The {what} has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of " +
                $"{MaxLength.ToString("N0", CultureInfo.InvariantCulture)} for a signature (SignatureReadOptions.MaxLength); " +
                "check it is the right file, or read it with a larger MaxLength.");
        }
    }
}

using System.ComponentModel;

namespace Signatures.Requests;

/// <summary>
/// For generated code: how the values of one request row (or of the params) become a contract instance and back.
/// The source generator implements it on a private struct per signature; the struct's fields hold one row's values
/// while they are read, so a row is built without boxing. Member indexes are schema positions (columns in schema order,
/// params in schema order).
/// </summary>
/// <typeparam name="T">The contract (a row of a column-based input, a params record, or a scalar for an unnamed column).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IContractBinding<T>
{
    /// <summary>Reads member <paramref name="index"/>'s value from <paramref name="cell"/> into this binding.</summary>
    /// <returns>Whether the value was accepted; when not, the cell has recorded why (or the reader falls back to the
    /// dynamic enforcer, which explains it).</returns>
    bool Read(int index, ref CellReader cell);

    /// <summary>Builds the contract from the values read (members not read keep their default: <see langword="null"/>
    /// for optional members).</summary>
    T Build();

    /// <summary>Member <paramref name="index"/> of <paramref name="value"/> as the dynamic enforcer represents it (the
    /// column or param type's natural CLR type, boxed; <see langword="null"/> when missing), for the normalized document.
    /// <paramref name="presence"/> tells which Object properties the request left out or sent as an explicit <c>null</c>.</summary>
    object? Get(T value, int index, PropertyPresence? presence);
}

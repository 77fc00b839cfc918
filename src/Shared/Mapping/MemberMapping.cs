using System.Linq;

namespace Signatures.Shared.Mapping;

/// <summary>
/// One member of an input or output contract mapped to an MLflow column or tensor, with every fact the
/// analyzers report (lossy or unsupported types, tensor problems) in <see cref="Issues"/>.
/// </summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="MemberName">The C# member name (<c>PetalWidth</c>); empty for the unnamed column of a
/// signature type argument.</param>
/// <param name="ExplicitName">The name from <c>[Column("...")]</c> or <c>[Tensor(Name = "...")]</c>, or <see langword="null"/>.</param>
/// <param name="Kind">Column, tensor, or unsupported.</param>
/// <param name="ClrType">The member's CLR type, fully qualified, with its nullable annotation.</param>
/// <param name="Required">MLflow's <c>required</c> for a column (tensors are always required).</param>
/// <param name="Column">For <see cref="MemberKind.Column"/>: the column type.</param>
/// <param name="Tensor">For <see cref="MemberKind.Tensor"/>: dtype and shape.</param>
/// <param name="Issues">Everything worth telling the user, blocking or not, in a stable order.</param>
internal sealed record MemberMapping(
    string MemberName,
    string? ExplicitName,
    MemberKind Kind,
    string ClrType,
    bool Required,
    TypeShape? Column,
    TensorMapping? Tensor,
    EquatableArray<MappingIssue> Issues)
{
    /// <summary>The column or tensor name under <paramref name="policy"/>.</summary>
    public string Name(NamingPolicy policy) => ColumnNames.Resolve(MemberName, ExplicitName, policy);

    /// <summary>Whether the generator can emit this member.</summary>
    public bool IsGeneratable => Kind != MemberKind.Unsupported && !Issues.Any(static i => i.IsBlocking);
}

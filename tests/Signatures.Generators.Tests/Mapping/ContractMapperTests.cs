using Signatures.Shared.Mapping;

namespace Signatures.Generators.Tests.Mapping;

public class ContractMapperTests
{
    [Fact]
    public void Positional_record_members_keep_declaration_order_and_parameter_attributes()
    {
        var members = MappingHarness.Columns("""
            using Signatures;
            public partial record C([Column("a b")] double A, [property: Column("x")] long? B, string? Note, [SignatureIgnore] int Skip)
            {
                public bool Extra { get; init; }
                public static int Static => 1;
                private int Hidden => 2;
            }
            """);
        Assert.Equal(["A", "B", "Note", "Extra"], members.Select(m => m.MemberName));
        Assert.Equal(["a b", "x", "Note", "Extra"], members.Select(m => m.Name(NamingPolicy.Default)));
        Assert.Equal([true, false, false, true], members.Select(m => m.Required));
        Assert.Equal(["double", "long", "string", "boolean"], members.Select(m => m.Column!.DataType));
        Assert.Contains(members[1].Issues, i => i.Kind == MappingIssueKind.NullableInteger);
    }
}

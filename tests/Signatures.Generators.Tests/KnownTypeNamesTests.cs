using Signatures.Shared;

namespace Signatures.Generators.Tests;

/// <summary>The compiler extensions match the runtime's attributes by name; these names must not drift.</summary>
public class KnownTypeNamesTests
{
    [Theory]
    [InlineData(KnownTypeNames.ModelInputAttribute, typeof(ModelInputAttribute))]
    [InlineData(KnownTypeNames.ModelOutputAttribute, typeof(ModelOutputAttribute))]
    [InlineData(KnownTypeNames.ModelParamsAttribute, typeof(ModelParamsAttribute))]
    [InlineData(KnownTypeNames.ColumnAttribute, typeof(ColumnAttribute))]
    [InlineData(KnownTypeNames.TensorAttribute, typeof(TensorAttribute))]
    [InlineData(KnownTypeNames.SignatureIgnoreAttribute, typeof(SignatureIgnoreAttribute))]
    [InlineData(KnownTypeNames.ModelSignatureAttribute2, typeof(ModelSignatureAttribute<,>))]
    [InlineData(KnownTypeNames.ModelSignatureAttribute3, typeof(ModelSignatureAttribute<,,>))]
    [InlineData(KnownTypeNames.ColumnNaming, typeof(ColumnNaming))]
    [InlineData(KnownTypeNames.DataType, typeof(DataType))]
    [InlineData(KnownTypeNames.ModelArtifactAttribute, typeof(ModelArtifactAttribute))]
    [InlineData(KnownTypeNames.ModelContractInterface, typeof(IModelContract<>))]
    [InlineData(KnownTypeNames.ModelParamsInterface, typeof(IModelParams<>))]
    [InlineData(KnownTypeNames.NoSchema, typeof(NoSchema))]
    public void Metadata_name_matches_the_runtime_type(string metadataName, Type runtimeType) =>
        Assert.Equal(runtimeType.FullName, metadataName);
}

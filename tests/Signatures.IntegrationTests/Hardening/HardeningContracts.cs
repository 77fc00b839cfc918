namespace Signatures.IntegrationTests.Hardening;

/// <summary>One <c>any</c> column: the shape of the nesting crash (the request decides how deep its value goes).</summary>
[ModelInput]
public partial record AnyPayload([property: Column("payload")] object? Payload);

[ModelSignature<AnyPayload, NoSchema>]
public static partial class AnyPayloadModel;

/// <summary>One tensor: its data is read level by level, as deep as the request nests it.</summary>
[ModelInput]
public partial record TensorPayload([property: Tensor(-1, 2)] long[][] Values);

[ModelSignature<TensorPayload, NoSchema>]
public static partial class TensorPayloadModel;

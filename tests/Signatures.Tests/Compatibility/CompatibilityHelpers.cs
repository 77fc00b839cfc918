using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;

namespace Signatures.Tests.Compatibility;

/// <summary>Signatures from schema JSON and requests enforced against them, for the MLflow compatibility tests.</summary>
internal static class CompatibilityHelpers
{
    public static ModelSignature Signature(string inputs) =>
        ModelSignature.FromDictJson(new JsonObject { ["inputs"] = inputs }.ToJsonString());

    public static EnforcementResult Enforce(ModelSignature signature, string body, string contentType = "application/json", EnforcementOptions? options = null) =>
        RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body), contentType, options);

    /// <summary>The accepted document's <c>input</c> (columns and rows) as compact JSON.</summary>
    public static string Input(EnforcementResult result)
    {
        Assert.True(result.IsAccepted, result.ToJson());
        JsonNode input = JsonNode.Parse(result.ToJson())!["input"]!;
        return new JsonObject { ["columns"] = input["columns"]!.DeepClone(), ["rows"] = input["rows"]!.DeepClone() }.ToJsonString();
    }

    public static string Refused(EnforcementResult result, RejectionStage stage)
    {
        Assert.False(result.IsAccepted, result.ToJson());
        Assert.Equal(stage, result.Rejection!.Stage);
        return result.Rejection.Message;
    }
}

using Signatures.Generators.Model;

namespace Signatures.Generators.Emitting;

/// <summary>The shared <see cref="RequestPlanner"/> applied to a signature spec under the project's options: the
/// planning step between combining the options and rendering <c>ReadRequest</c>.</summary>
internal static class RequestPlans
{
    /// <summary>Whether (and if not, why) the signature class gets a <c>ReadRequest</c>.</summary>
    public static RequestPlan For(SignatureSpec signature, GeneratorOptions options)
    {
        PlannedColumn[]? input = SchemaPlan.Columns(signature.Input, options);
        PlannedParam[]? parameters = signature.Params is { } paramsContract ? SchemaPlan.Params(paramsContract, options) : null;
        return RequestPlanner.Plan(signature.Request, options.StaticAbstractInterfaces, input, signature.Input.Contract?.Target.FullyQualifiedName,
            outputPlanned: SchemaPlan.Columns(signature.Output, options) is not null, parameters, signature.Params?.Target.FullyQualifiedName);
    }
}

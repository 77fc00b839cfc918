using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Signatures.AspNetCore.OpenApi;

/// <summary>Describes <c>POST /invocations</c> in the OpenAPI document (Microsoft.AspNetCore.OpenApi): the request body
/// in each envelope from the signature (<see cref="ScoringJsonSchema"/>), <c>text/csv</c>, the predictions and MLflow's
/// error body. Takes effect when the application calls <c>AddOpenApi()</c> and <c>MapOpenApi()</c>.</summary>
internal static class ScoringOpenApiExtensions
{
    public static RouteHandlerBuilder WithScoringDescription(this RouteHandlerBuilder builder, ModelSignature signature)
    {
        OpenApiSchema request = OpenApiSchemaConverter.Convert(ScoringJsonSchema.Request(signature));
        OpenApiSchema response = OpenApiSchemaConverter.Convert(ScoringJsonSchema.Response(signature));
        OpenApiSchema error = OpenApiSchemaConverter.Convert(ScoringJsonSchema.Error());
        return builder
            .WithSummary("Score a request with the model (MLflow's scoring protocol)")
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A scoring request in one of MLflow's JSON envelopes, or a CSV table with a header row (charset=utf-8 allowed).",
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["application/json"] = new() { Schema = request },
                        ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
                operation.Responses = new OpenApiResponses
                {
                    ["200"] = Json("The model's predictions.", response),
                    ["400"] = Json("The request does not fit the signature, or the model failed (MLflow's error body).", error),
                    ["413"] = Json("The body is larger than the limit.", error),
                    ["415"] = new OpenApiResponse
                    {
                        Description = "The content type is not application/json or text/csv, or has a parameter other than charset=utf-8.",
                        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                        {
                            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            ["application/json"] = new() { Schema = error },
                        },
                    },
                };
                return Task.CompletedTask;
            });
    }

    private static OpenApiResponse Json(string description, OpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = schema } },
    };
}

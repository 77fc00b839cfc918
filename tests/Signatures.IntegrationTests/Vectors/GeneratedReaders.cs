using System.Reflection;
using Signatures.Enforcement;

namespace Signatures.IntegrationTests.Vectors;

/// <summary>
/// The generated <c>ReadRequest</c> of every signature class in this assembly, found by its <c>SignatureJson</c>, so a
/// vector runs through the C# contract whose signature equals the vector's.
/// </summary>
public static class GeneratedReaders
{
    private static readonly Dictionary<string, Type> BySignature = typeof(GeneratedReaders).Assembly.GetTypes()
        .Where(t => t.GetField("SignatureJson", BindingFlags.Public | BindingFlags.Static) is not null && ReadMethod(t) is not null)
        .GroupBy(t => (string)t.GetField("SignatureJson")!.GetValue(null)!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Every signature class with a generated reader.</summary>
    public static IReadOnlyCollection<Type> All => BySignature.Values;

    /// <summary>The class's generated <c>Signature</c>.</summary>
    public static ModelSignature Signature(Type signatureClass) =>
        (ModelSignature)signatureClass.GetProperty("Signature", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The signature class whose signature is <paramref name="signature"/>, or <see langword="null"/>.</summary>
    public static Type? Find(ModelSignature signature) => BySignature.GetValueOrDefault(signature.ToDictJson());

    /// <summary>Reads <paramref name="body"/> with the class's generated <c>ReadRequest</c>; returns the typed request.</summary>
    public static object Read(Type signatureClass, byte[] body, string? contentType, EnforcementOptions? options = null)
    {
        try
        {
            return ReadMethod(signatureClass)!.Invoke(null, [body, contentType, options])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>The typed request's <c>ToNormalizedJson()</c>.</summary>
    public static string Document(object typedRequest) =>
        (string)typedRequest.GetType().GetMethod("ToNormalizedJson")!.Invoke(typedRequest, null)!;

    private static MethodInfo? ReadMethod(Type type) =>
        type.GetMethod("ReadRequest", BindingFlags.Public | BindingFlags.Static, [typeof(byte[]), typeof(string), typeof(EnforcementOptions)]);
}

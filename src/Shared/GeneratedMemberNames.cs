#if SIGNATURES_RUNTIME
// The runtime links this file for the contract writer; a namespace of its own there keeps test projects that see
// both the runtime's and a compiler extension's internals from finding two types with one name.
namespace Signatures.Runtime.Shared;
#else
namespace Signatures.Shared;
#endif

/// <summary>
/// The members the generator adds to contracts and signature classes. A type that already declares one of these
/// names (or is itself named so) cannot receive them: the generator skips it and the analyzers report SIG0011.
/// Keep this list equal to what the emitters write.
/// </summary>
internal static class GeneratedMemberNames
{
    /// <summary>The tool name the generator writes into the <c>[GeneratedCode]</c> attribute of every member it adds
    /// (the analyzers use it to tell generated members from the user's).</summary>
    public const string GeneratorTool = "Signatures.Generators";

    /// <summary>The private quick check each generated validator runs before collecting violations.</summary>
    public const string QuickCheck = "HasNoViolations";

    /// <summary>The typed request parser added to signature classes with inputs; a class that already declares it
    /// still gets its signature, only without the parser.</summary>
    public const string ReadRequest = "ReadRequest";

    /// <summary>Added to every <c>[ModelInput]</c> and <c>[ModelOutput]</c> contract.</summary>
    public static readonly string[] ColumnContract = ["Schema", "SchemaJson", "Validate", "ValidateRows", QuickCheck];

    /// <summary>Added to every <c>[ModelParams]</c> contract.</summary>
    public static readonly string[] ParamsContract = ["ParamSchema", "ParamSchemaJson", "Validate", QuickCheck];

    /// <summary>Added to every <c>[ModelSignature&lt;...&gt;]</c> class.</summary>
    public static readonly string[] SignatureClass = ["Signature", "SignatureJson", "SignatureYaml"];
}

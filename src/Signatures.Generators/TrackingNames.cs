namespace Signatures.Generators;

/// <summary>Names of the tracked pipeline steps, shared by the generator and its incremental tests.</summary>
public static class TrackingNames
{
    /// <summary>The <c>build_property.SignaturesColumnNaming</c> option, read into <see cref="Model.GeneratorOptions"/>.</summary>
    public const string Options = nameof(Options);

    /// <summary><c>[ModelInput]</c> types parsed into specs (null when skipped).</summary>
    public const string InputContracts = nameof(InputContracts);

    /// <summary><c>[ModelOutput]</c> types parsed into specs (null when skipped).</summary>
    public const string OutputContracts = nameof(OutputContracts);

    /// <summary><c>[ModelParams]</c> types parsed into specs (null when skipped).</summary>
    public const string ParamsContracts = nameof(ParamsContracts);

    /// <summary>Input, output and params specs without the skipped ones, merged, with file names unique ignoring case.</summary>
    public const string Contracts = nameof(Contracts);

    /// <summary>Contract specs paired with the options.</summary>
    public const string ContractsWithOptions = nameof(ContractsWithOptions);

    /// <summary><c>[ModelSignature&lt;TIn, TOut&gt;]</c> classes parsed into specs (null when skipped).</summary>
    public const string Signatures2 = nameof(Signatures2);

    /// <summary><c>[ModelSignature&lt;TIn, TOut, TParams&gt;]</c> classes parsed into specs (null when skipped).</summary>
    public const string Signatures3 = nameof(Signatures3);

    /// <summary>Signature specs without the skipped ones, merged, with file names unique ignoring case.</summary>
    public const string Signatures = nameof(Signatures);

    /// <summary>Signature specs paired with the options.</summary>
    public const string SignaturesWithOptions = nameof(SignaturesWithOptions);

    /// <summary>Signature specs with the options and the plan of their <c>ReadRequest</c> (generated, or why not).</summary>
    public const string RequestPlans = nameof(RequestPlans);
}

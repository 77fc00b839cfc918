using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.AspNetCore;

/// <summary>A signature's generated request reader for a signature without params: pass the method group
/// (<c>IrisModel.ReadRequest</c>).</summary>
/// <typeparam name="TInput">The typed input.</typeparam>
public delegate ModelRequest<TInput> ModelRequestReader<TInput>(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions? options);

/// <summary>A signature's generated request reader for a signature with params: pass the method group
/// (<c>Text2Text.ReadRequest</c>).</summary>
/// <typeparam name="TInput">The typed input.</typeparam>
/// <typeparam name="TParams">The params contract.</typeparam>
public delegate ModelRequest<TInput, TParams> ModelRequestReader<TInput, TParams>(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions? options);

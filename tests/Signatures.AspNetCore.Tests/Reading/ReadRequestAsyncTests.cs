using System.IO.Pipelines;
using System.Text;
using Signatures.AspNetCore.Tests.Contracts;
using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.AspNetCore.Tests.Reading;

/// <summary>The generated <c>ReadRequestAsync</c> overloads and <see cref="RequestBody"/>: a body read from a pipe or a
/// stream, in one segment or many, reads as the span overload reads it; a body over the limit is refused at the parse
/// stage; the reader is left open and advanced past the body.</summary>
public sealed class ReadRequestAsyncTests
{
    private const string Body = """{"dataframe_split": {"columns": ["a", "b"], "data": [[1, "x"], [2, "y"]]}}""";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task A_body_written_in_pieces_reads_as_the_span_overload_reads_it(int pieceSize)
    {
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 16));
        byte[] bytes = Encoding.UTF8.GetBytes(Body);
        for (int i = 0; i < bytes.Length; i += pieceSize)
        {
            await pipe.Writer.WriteAsync(bytes.AsMemory(i, Math.Min(pieceSize, bytes.Length - i)));
        }
        await pipe.Writer.CompleteAsync();

        ModelRequest<Features[]> request = await CountingModel.ReadRequestAsync(pipe.Reader);

        Assert.Equal(CountingModel.ReadRequest(bytes).ToNormalizedJson(), request.ToNormalizedJson());
        Assert.Equal([new Features(1, "x"), new Features(2, "y")], request.Input);
        ReadResult rest = await pipe.Reader.ReadAsync();
        Assert.True(rest.IsCompleted && rest.Buffer.IsEmpty);
    }

    [Fact]
    public async Task A_stream_reads_with_params_and_stays_open()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"inputs": ["q"], "params": {"TopK": 5}}"""));

        ModelRequest<string[], GenerationParams> request = await TextModel.ReadRequestAsync(stream);

        Assert.Equal(["q"], request.Input);
        Assert.Equal(5, request.Params.TopK);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_at_the_parse_stage()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Body));

        ModelRequest<Features[]> request = await CountingModel.ReadRequestAsync(stream, options: EnforcementOptions.Default with { MaxBodyBytes = 10 });

        Assert.Equal(RejectionStage.Parse, request.Rejection!.Stage);
        Assert.Contains("10 bytes", request.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_read_throws_and_reads_nothing()
    {
        var pipe = new Pipe();
        using var cancel = new CancellationTokenSource();
        ValueTask<ModelRequest<Features[]>> reading = CountingModel.ReadRequestAsync(pipe.Reader, cancellationToken: cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reading);
    }

    [Fact]
    public async Task The_dynamic_enforcer_reads_a_pipe_too()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Body));
        await pipe.Writer.CompleteAsync();

        EnforcementResult result = await new RequestEnforcer(CountingModel.Signature).EnforceAsync(pipe.Reader);

        Assert.Equal(CountingModel.ReadRequest(Encoding.UTF8.GetBytes(Body)).ToNormalizedJson(), result.ToJson());
    }
}

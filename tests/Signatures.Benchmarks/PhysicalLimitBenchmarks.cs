using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Signatures.Benchmarks.Contracts;
using Signatures.Enforcement;

namespace Signatures.Benchmarks;

/// <summary>
/// Reading requests against the physical limit (issue 14): for each body, a bare <see cref="Utf8JsonReader"/> pass
/// that touches every token and builds nothing is the baseline, so every ratio is to the same bytes. Bodies: the
/// 10-column <see cref="CustomerRow"/> contract (two <c>long</c>, three <c>double</c>, a <c>float</c>, an
/// <c>integer</c>, two <c>string</c>, a <c>boolean</c>) at 1 and 1,000 rows in <c>dataframe_records</c> and
/// <c>dataframe_split</c>, and 64 images of 28x28x1 <c>uint8</c> under <c>inputs</c>. Contenders per body: the
/// generated <c>ReadRequest</c>, the dynamic <see cref="RequestEnforcer"/> (built once per signature in the setup), and
/// System.Text.Json's source-generated deserializer for the <c>dataframe_records</c> bodies (it has no envelope for
/// the others).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PhysicalLimitBenchmarks
{
    private const string Records1 = "1 row, dataframe_records";
    private const string Split1 = "1 row, dataframe_split";
    private const string Records1000 = "1,000 rows, dataframe_records";
    private const string Split1000 = "1,000 rows, dataframe_split";
    private const string Tensor64 = "64 images 28x28x1 uint8, inputs";

    private const int ImageCount = 64;
    private const int ImageSide = 28;

    private byte[] records1 = [];
    private byte[] split1 = [];
    private byte[] records1000 = [];
    private byte[] split1000 = [];
    private byte[] tensor64 = [];
    private RequestEnforcer customerEnforcer = null!;
    private RequestEnforcer imageEnforcer = null!;

    /// <summary>Builds the bodies and the enforcers, and checks that every path reads every body in full, so a
    /// broken path cannot look fast.</summary>
    [GlobalSetup]
    public void Setup()
    {
        records1 = Encoding.UTF8.GetBytes(ReadBenchmarks.BuildRecordsBody(rows: 1));
        split1 = Encoding.UTF8.GetBytes(EnforcerBenchmarks.BuildBody(rows: 1));
        records1000 = Encoding.UTF8.GetBytes(ReadBenchmarks.BuildRecordsBody(rows: 1000));
        split1000 = Encoding.UTF8.GetBytes(EnforcerBenchmarks.BuildBody(rows: 1000));
        tensor64 = Encoding.UTF8.GetBytes(BuildImagesBody(ImageCount));
        customerEnforcer = new RequestEnforcer(CustomerModel.Signature);
        imageEnforcer = new RequestEnforcer(ImageModel.Signature);

        Expect(nameof(Records1Scan), Records1Scan(), TokenCount(rows: 1, tokensPerRow: 22, envelopeTokens: 5));
        Expect(nameof(Records1Generated), Records1Generated(), 1);
        Expect(nameof(Records1Enforcer), Records1Enforcer(), 1);
        Expect(nameof(Records1SystemTextJson), Records1SystemTextJson(), 1);
        Expect(nameof(Split1Scan), Split1Scan(), TokenCount(rows: 1, tokensPerRow: 12, envelopeTokens: 21));
        Expect(nameof(Split1Generated), Split1Generated(), 1);
        Expect(nameof(Split1Enforcer), Split1Enforcer(), 1);
        Expect(nameof(Records1000Scan), Records1000Scan(), TokenCount(rows: 1000, tokensPerRow: 22, envelopeTokens: 5));
        Expect(nameof(Records1000Generated), Records1000Generated(), 1000);
        Expect(nameof(Records1000Enforcer), Records1000Enforcer(), 1000);
        Expect(nameof(Records1000SystemTextJson), Records1000SystemTextJson(), 1000);
        Expect(nameof(Split1000Scan), Split1000Scan(), TokenCount(rows: 1000, tokensPerRow: 12, envelopeTokens: 21));
        Expect(nameof(Split1000Generated), Split1000Generated(), 1000);
        Expect(nameof(Split1000Enforcer), Split1000Enforcer(), 1000);
        // 64 images: one array per image, per row and per pixel (the channel), one value per pixel.
        int imageTokens = ImageCount * (2 + ImageSide * (2 + ImageSide * 3));
        Expect(nameof(Tensor64Scan), Tensor64Scan(), 5 + imageTokens);
        Expect(nameof(Tensor64Generated), Tensor64Generated(), ImageCount * ImageSide * ImageSide);
        Expect(nameof(Tensor64Enforcer), Tensor64Enforcer(), ImageCount * ImageSide * ImageSide);
        CheckSameRows(records1, split1);
        CheckSameRows(records1000, split1000);
        CheckPixels();
    }

    // ---- 1 row, dataframe_records ----

    /// <summary>Baseline: a bare token scan of the one-row <c>dataframe_records</c> body.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Records1)]
    public int Records1Scan() => Scan(records1);

    /// <summary>The generated reader on the one-row <c>dataframe_records</c> body.</summary>
    [Benchmark, BenchmarkCategory(Records1)]
    public int Records1Generated() => CustomerModel.ReadRequest(records1).Input.Length;

    /// <summary>The dynamic enforcer on the one-row <c>dataframe_records</c> body.</summary>
    [Benchmark, BenchmarkCategory(Records1)]
    public int Records1Enforcer() => RowCount(customerEnforcer, records1);

    /// <summary>System.Text.Json's source-generated deserializer (no validation) on the one-row body.</summary>
    [Benchmark, BenchmarkCategory(Records1)]
    public int Records1SystemTextJson() => JsonSerializer.Deserialize(records1, CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords.Count;

    // ---- 1 row, dataframe_split ----

    /// <summary>Baseline: a bare token scan of the one-row <c>dataframe_split</c> body.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Split1)]
    public int Split1Scan() => Scan(split1);

    /// <summary>The generated reader on the one-row <c>dataframe_split</c> body.</summary>
    [Benchmark, BenchmarkCategory(Split1)]
    public int Split1Generated() => CustomerModel.ReadRequest(split1).Input.Length;

    /// <summary>The dynamic enforcer on the one-row <c>dataframe_split</c> body.</summary>
    [Benchmark, BenchmarkCategory(Split1)]
    public int Split1Enforcer() => RowCount(customerEnforcer, split1);

    // ---- 1,000 rows, dataframe_records ----

    /// <summary>Baseline: a bare token scan of the 1,000-row <c>dataframe_records</c> body.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Records1000)]
    public int Records1000Scan() => Scan(records1000);

    /// <summary>The generated reader on the 1,000-row <c>dataframe_records</c> body.</summary>
    [Benchmark, BenchmarkCategory(Records1000)]
    public int Records1000Generated() => CustomerModel.ReadRequest(records1000).Input.Length;

    /// <summary>The dynamic enforcer on the 1,000-row <c>dataframe_records</c> body.</summary>
    [Benchmark, BenchmarkCategory(Records1000)]
    public int Records1000Enforcer() => RowCount(customerEnforcer, records1000);

    /// <summary>System.Text.Json's source-generated deserializer (no validation) on the 1,000-row body.</summary>
    [Benchmark, BenchmarkCategory(Records1000)]
    public int Records1000SystemTextJson() => JsonSerializer.Deserialize(records1000, CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords.Count;

    // ---- 1,000 rows, dataframe_split ----

    /// <summary>Baseline: a bare token scan of the 1,000-row <c>dataframe_split</c> body.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Split1000)]
    public int Split1000Scan() => Scan(split1000);

    /// <summary>The generated reader on the 1,000-row <c>dataframe_split</c> body.</summary>
    [Benchmark, BenchmarkCategory(Split1000)]
    public int Split1000Generated() => CustomerModel.ReadRequest(split1000).Input.Length;

    /// <summary>The dynamic enforcer on the 1,000-row <c>dataframe_split</c> body.</summary>
    [Benchmark, BenchmarkCategory(Split1000)]
    public int Split1000Enforcer() => RowCount(customerEnforcer, split1000);

    // ---- 64 images, inputs ----

    /// <summary>Baseline: a bare token scan of the image tensor body.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Tensor64)]
    public int Tensor64Scan() => Scan(tensor64);

    /// <summary>The generated reader on the image tensor body: one <c>byte[,,,]</c>.</summary>
    [Benchmark, BenchmarkCategory(Tensor64)]
    public int Tensor64Generated() => ImageModel.ReadRequest(tensor64).Input.Images.Length;

    /// <summary>The dynamic enforcer on the image tensor body: one typed tensor (named, so in a <see cref="TensorsInput"/>).</summary>
    [Benchmark, BenchmarkCategory(Tensor64)]
    public int Tensor64Enforcer() => ((TensorsInput)imageEnforcer.Enforce(tensor64).Request!.Input).Tensors[0].Length;

    /// <summary>The physical limit: every token read and checked by <see cref="Utf8JsonReader"/>, nothing decoded or
    /// built. Returns the token count so the work cannot be dropped.</summary>
    private static int Scan(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        int tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    private static int RowCount(RequestEnforcer enforcer, byte[] body) => ((ColumnsInput)enforcer.Enforce(body).Request!.Input).RowCount;

    // The token count of a body of the builders above: the envelope's tokens plus a fixed number per row (records: an
    // object of ten name/value pairs; split: an array of ten values).
    private static int TokenCount(int rows, int tokensPerRow, int envelopeTokens) => envelopeTokens + rows * tokensPerRow;

    private static void Expect(string path, int actual, int expected)
    {
        if (actual != expected) throw new InvalidOperationException($"{path} read {actual}, expected {expected}: it did not read the whole body.");
    }

    private static void CheckSameRows(byte[] records, byte[] split)
    {
        CustomerRow[] fromRecords = CustomerModel.ReadRequest(records).Input;
        CustomerRow[] fromSplit = CustomerModel.ReadRequest(split).Input;
        List<CustomerRow> fromSystemTextJson = JsonSerializer.Deserialize(records, CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords;
        if (!fromRecords.SequenceEqual(fromSplit) || !fromRecords.SequenceEqual(fromSystemTextJson))
            throw new InvalidOperationException("The bodies of one size must read as the same rows in every envelope and path.");
    }

    private static void CheckPixels()
    {
        byte[,,,] images = ImageModel.ReadRequest(Encoding.UTF8.GetBytes(BuildImagesBody(ImageCount))).Input.Images;
        for (int i = 0; i < ImageCount; i++)
            for (int y = 0; y < ImageSide; y++)
                for (int x = 0; x < ImageSide; x++)
                    if (images[i, y, x, 0] != Pixel(i, y, x)) throw new InvalidOperationException($"Image {i} pixel ({y}, {x}) read wrong.");
    }

    private static byte Pixel(int image, int y, int x) => (byte)((image * 31 + y * 7 + x * 13) % 256);

    /// <summary>A <c>{"inputs": [...]}</c> body of <paramref name="images"/> 28x28x1 images, pixel values 0-255.</summary>
    internal static string BuildImagesBody(int images)
    {
        var builder = new StringBuilder(images * ImageSide * ImageSide * 7);
        builder.Append("{\"inputs\": [");
        for (int i = 0; i < images; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append('[');
            for (int y = 0; y < ImageSide; y++)
            {
                if (y > 0) builder.Append(", ");
                builder.Append('[');
                for (int x = 0; x < ImageSide; x++)
                {
                    if (x > 0) builder.Append(", ");
                    builder.Append('[').Append(Pixel(i, y, x)).Append(']');
                }
                builder.Append(']');
            }
            builder.Append(']');
        }
        builder.Append("]}");
        return builder.ToString();
    }
}

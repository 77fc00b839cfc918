using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Signatures.Shared.Onnx;

/// <summary>One graph input or output of an ONNX model.</summary>
/// <param name="Name">The value's name.</param>
/// <param name="ElementType">The ONNX element type number (<see cref="OnnxElementTypes"/>).</param>
/// <param name="Shape">The dimensions, <c>-1</c> for a symbolic or unknown one.</param>
internal sealed record OnnxValue(string Name, int ElementType, IReadOnlyList<long> Shape);

/// <summary>The graph inputs (without initializers) and outputs of an ONNX model.</summary>
internal sealed record OnnxGraph(IReadOnlyList<OnnxValue> Inputs, IReadOnlyList<OnnxValue> Outputs);

/// <summary>
/// Reads the graph inputs and outputs of an ONNX model (<c>ModelProto.graph.input/output</c>) from its protobuf
/// bytes. Never throws: anything that is not such a model gives an error saying what was wrong.
/// </summary>
/// <remarks>
/// Why a hand-written reader: the build step runs in the CLI shipped inside the package, and five messages of the
/// ONNX schema (ModelProto, GraphProto, ValueInfoProto, TypeProto, TensorShapeProto) are all it needs; the
/// protobuf wire format is small and fixed, so this avoids shipping Google.Protobuf and generated ONNX classes
/// (and ONNX Runtime's native library) with the build tools. Unknown fields are skipped by wire type, as protobuf
/// requires. Initializers listed among the inputs (models from IR version 3 and before) are left out, as ONNX
/// Runtime leaves them out of <c>InferenceSession.InputMetadata</c>.
/// </remarks>
internal static class OnnxGraphReader
{
    // Field numbers of onnx.proto3.
    private const int ModelGraph = 7;
    private const int GraphInitializer = 5, GraphInput = 11, GraphOutput = 12;
    private const int TensorProtoName = 8;
    private const int ValueInfoName = 1, ValueInfoType = 2;
    private const int TypeTensor = 1, TypeSequence = 4, TypeMap = 5, TypeOptional = 9, TypeSparseTensor = 8;
    private const int TensorElementType = 1, TensorShape = 2;
    private const int ShapeDim = 1;
    private const int DimValue = 1, DimParam = 2;

    /// <summary>Reads <paramref name="model"/>, the bytes of a .onnx file.</summary>
    public static bool TryRead(byte[] model, out OnnxGraph graph, out string error)
    {
        graph = new OnnxGraph(Array.Empty<OnnxValue>(), Array.Empty<OnnxValue>());
        try
        {
            var reader = new Reader(model, 0, model.Length);
            Slice? graphBytes = null;
            while (reader.Next(out int field, out int wireType))
            {
                if (field == ModelGraph && wireType == 2) graphBytes = reader.Bytes();
                else reader.Skip(wireType);
            }
            if (graphBytes is not { } g)
            {
                error = model.Length == 0 ? "the file is empty" : "the file has no ONNX graph (is it an ONNX model?)";
                return false;
            }
            return TryReadGraph(model, g, out graph, out error);
        }
        catch (FormatException e)
        {
            error = "the file is not a valid ONNX model: " + e.Message;
            return false;
        }
    }

    private static bool TryReadGraph(byte[] model, Slice slice, out OnnxGraph graph, out string error)
    {
        graph = new OnnxGraph(Array.Empty<OnnxValue>(), Array.Empty<OnnxValue>());
        var inputs = new List<Slice>();
        var outputs = new List<Slice>();
        var initializers = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Reader(model, slice.Start, slice.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (wireType == 2 && field == GraphInput) inputs.Add(reader.Bytes());
            else if (wireType == 2 && field == GraphOutput) outputs.Add(reader.Bytes());
            else if (wireType == 2 && field == GraphInitializer) initializers.Add(ReadName(model, reader.Bytes(), TensorProtoName));
            else reader.Skip(wireType);
        }
        var inputValues = new List<OnnxValue>();
        foreach (Slice input in inputs)
        {
            string name = ReadName(model, input, ValueInfoName);
            if (initializers.Contains(name)) continue;
            if (!TryReadValue(model, input, name, "input", out OnnxValue? value, out error)) return false;
            inputValues.Add(value!);
        }
        var outputValues = new List<OnnxValue>();
        foreach (Slice output in outputs)
        {
            if (!TryReadValue(model, output, ReadName(model, output, ValueInfoName), "output", out OnnxValue? value, out error)) return false;
            outputValues.Add(value!);
        }
        graph = new OnnxGraph(inputValues, outputValues);
        error = string.Empty;
        return true;
    }

    private static bool TryReadValue(byte[] model, Slice valueInfo, string name, string role, out OnnxValue? value, out string error)
    {
        value = null;
        Slice? type = Find(model, valueInfo, ValueInfoType);
        string which = $"graph {role} '{name}'";
        if (type is not { } t)
        {
            error = which + " has no type";
            return false;
        }
        Slice? tensor = null;
        string? other = null;
        var reader = new Reader(model, t.Start, t.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (wireType == 2 && field == TypeTensor) tensor = reader.Bytes();
            else
            {
                other ??= field switch
                {
                    TypeSequence => "a sequence",
                    TypeMap => "a map",
                    TypeOptional => "an optional",
                    TypeSparseTensor => "a sparse tensor",
                    _ => null,
                };
                reader.Skip(wireType);
            }
        }
        if (tensor is not { } tensorSlice)
        {
            error = $"{which} is {other ?? "not a tensor"}; MLflow tensor specs describe dense tensors only";
            return false;
        }

        int elementType = 0;
        Slice? shape = null;
        reader = new Reader(model, tensorSlice.Start, tensorSlice.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (wireType == 0 && field == TensorElementType) elementType = (int)reader.Varint();
            else if (wireType == 2 && field == TensorShape) shape = reader.Bytes();
            else reader.Skip(wireType);
        }
        if (OnnxElementTypes.NumpyName(elementType) is null)
        {
            error = $"{which} has element type {OnnxElementTypes.OnnxName(elementType)}, which no numpy dtype of an MLflow tensor spec stands for";
            return false;
        }
        if (shape is not { } shapeSlice)
        {
            error = $"{which} has no shape (unknown rank); an MLflow tensor spec needs one";
            return false;
        }
        var dims = new List<long>();
        reader = new Reader(model, shapeSlice.Start, shapeSlice.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (wireType == 2 && field == ShapeDim) dims.Add(ReadDim(model, reader.Bytes()));
            else reader.Skip(wireType);
        }
        value = new OnnxValue(name, elementType, dims);
        error = string.Empty;
        return true;
    }

    // A dimension is a value, a symbolic name (dim_param) or neither (unknown): MLflow writes -1 for the last two.
    private static long ReadDim(byte[] model, Slice dim)
    {
        long size = -1;
        var reader = new Reader(model, dim.Start, dim.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (wireType == 0 && field == DimValue) size = (long)reader.Varint();
            else if (wireType == 2 && field == DimParam) { reader.Skip(wireType); size = -1; }
            else reader.Skip(wireType);
        }
        return size < 0 ? -1 : size;
    }

    private static string ReadName(byte[] model, Slice message, int nameField)
    {
        Slice? name = Find(model, message, nameField);
        if (name is not { } n) return string.Empty;
        try
        {
            return new UTF8Encoding(false, true).GetString(model, n.Start, n.End - n.Start);
        }
        catch (ArgumentException)
        {
            throw new FormatException("a name is not valid UTF-8");
        }
    }

    private static Slice? Find(byte[] model, Slice message, int wantedField)
    {
        Slice? found = null;
        var reader = new Reader(model, message.Start, message.End);
        while (reader.Next(out int field, out int wireType))
        {
            if (field == wantedField && wireType == 2) found = reader.Bytes(); // protobuf: the last one wins
            else reader.Skip(wireType);
        }
        return found;
    }

    private readonly record struct Slice(int Start, int End);

    /// <summary>The protobuf wire format over one message's bytes; throws <see cref="FormatException"/> on anything
    /// that runs past the message or is not protobuf.</summary>
    private struct Reader
    {
        private readonly byte[] data;
        private readonly int end;
        private int position;

        public Reader(byte[] data, int start, int end)
        {
            this.data = data;
            position = start;
            this.end = end;
        }

        public bool Next(out int field, out int wireType)
        {
            field = 0;
            wireType = 0;
            if (position >= end) return false;
            ulong key = Varint();
            field = (int)(key >> 3);
            wireType = (int)(key & 7);
            if (field <= 0 || key >> 3 > int.MaxValue) throw new FormatException($"invalid field number at byte {position}");
            return true;
        }

        public ulong Varint()
        {
            ulong result = 0;
            for (int shift = 0; shift < 70; shift += 7)
            {
                if (position >= end) throw new FormatException($"a number runs past the end of its message at byte {position}");
                byte b = data[position++];
                result |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return result;
            }
            throw new FormatException($"a number is longer than 10 bytes at byte {position}");
        }

        public Slice Bytes()
        {
            ulong length = Varint();
            if (length > (ulong)(end - position)) throw new FormatException($"a field of {length.ToString(CultureInfo.InvariantCulture)} bytes runs past the end of its message at byte {position}");
            var slice = new Slice(position, position + (int)length);
            position += (int)length;
            return slice;
        }

        public void Skip(int wireType)
        {
            switch (wireType)
            {
                case 0: Varint(); break;
                case 1: Advance(8); break;
                case 2: Bytes(); break;
                case 5: Advance(4); break;
                default: throw new FormatException($"wire type {wireType} (groups or not protobuf) at byte {position}");
            }
        }

        private void Advance(int count)
        {
            if (end - position < count) throw new FormatException($"a fixed-size field runs past the end of its message at byte {position}");
            position += count;
        }
    }
}

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Text of tensor shapes in analyzer messages (reading them is the shared mapping's <c>TensorMapper</c>).</summary>
internal static class TensorShapes
{
    /// <summary>The shape as the messages print it: <c>-1, 28, 28, 1</c>.</summary>
    public static string Text(int[] shape) => string.Join(", ", shape);
}

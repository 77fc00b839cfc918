using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Signatures.Models;

namespace Signatures.Cli.Emission;

/// <summary>
/// Runs a signature class's generated <c>CreateInputExample()</c> in an isolated, collectible
/// <see cref="AssemblyLoadContext"/> that resolves the assembly's own dependencies (its <c>deps.json</c>, then its
/// folder), and reads the files through reflection so the user's copy of the Signatures runtime is the one that
/// writes them. Only classes that declare an example are ever loaded.
/// </summary>
internal static class ExampleLoader
{
    /// <summary>The example texts of <paramref name="signature"/> in <paramref name="assemblyPath"/>.</summary>
    /// <exception cref="ModelDirectoryException">The assembly cannot be loaded (SIGB005) or the example cannot be made (SIGB006).</exception>
    public static ExampleTexts Create(string assemblyPath, DeclaredSignature signature)
    {
        string full = Path.GetFullPath(assemblyPath);
        var context = new IsolatedContext(full);
        try
        {
            Assembly assembly;
            try
            {
                assembly = context.LoadFromAssemblyPath(full);
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                throw new ModelDirectoryException(BuildErrorCodes.BadAssembly, full, $"the assembly cannot be loaded to run its input example: {e.Message}", e);
            }
            Type type = assembly.GetType(signature.FullName, throwOnError: false)
                ?? throw new ModelDirectoryException(BuildErrorCodes.ClassNotFound, full, $"the class '{signature.FullName}' cannot be found when the assembly is loaded");
            MethodInfo create = type.GetMethod("CreateInputExample", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)
                ?? throw new ModelDirectoryException(BuildErrorCodes.BadExample, full, $"'{signature.FullName}' has no public static CreateInputExample()");
            try
            {
                object example = create.Invoke(null, null) ?? throw new InvalidOperationException("CreateInputExample() returned null");
                object files = example.GetType().GetMethod("Write", Type.EmptyTypes)!.Invoke(example, null)!;
                Type filesType = files.GetType();
                string input = (string)filesType.GetProperty("InputExampleJson")!.GetValue(files)!;
                string? serving = (string?)filesType.GetProperty("ServingInputExampleJson")!.GetValue(files);
                var info = new List<KeyValuePair<string, string>>();
                foreach (object? entry in (IEnumerable)filesType.GetProperty("Info")!.GetValue(files)!)
                {
                    info.Add((KeyValuePair<string, string>)entry!);
                }
                return new ExampleTexts(input, serving, info);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw new ModelDirectoryException(BuildErrorCodes.BadExample, full,
                    $"the input example of '{signature.FullName}' cannot be made: {inner.GetType().Name}: {CommandLine.OneLine(inner.Message)}", inner);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidCastException or NullReferenceException or MissingMethodException or TypeLoadException or FileNotFoundException or FileLoadException)
            {
                throw new ModelDirectoryException(BuildErrorCodes.BadExample, full,
                    $"the input example of '{signature.FullName}' cannot be made: {e.GetType().Name}: {CommandLine.OneLine(e.Message)}", e);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class IsolatedContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver? resolver;
        private readonly string directory;

        public IsolatedContext(string mainAssembly) : base("Signatures.Emit", isCollectible: true)
        {
            directory = Path.GetDirectoryName(mainAssembly)!;
            try
            {
                resolver = new AssemblyDependencyResolver(mainAssembly);
            }
            catch (InvalidOperationException)
            {
                resolver = null; // no deps.json (e.g. an obj/ copy): the folder is the probe path
            }
        }

        protected override Assembly? Load(AssemblyName name)
        {
            string? path = resolver?.ResolveAssemblyToPath(name);
            if (path is null)
            {
                string candidate = Path.Combine(directory, name.Name + ".dll");
                if (File.Exists(candidate)) path = candidate;
            }
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}

/// <summary>The texts of an input example: <c>input_example.json</c>, <c>serving_input_example.json</c> (or none),
/// and the <c>saved_input_example_info</c> entries.</summary>
internal sealed record ExampleTexts(string InputExampleJson, string? ServingInputExampleJson, IReadOnlyList<KeyValuePair<string, string>> Info);

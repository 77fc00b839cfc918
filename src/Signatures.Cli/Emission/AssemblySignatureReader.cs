using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Signatures.Models;

namespace Signatures.Cli.Emission;

/// <summary>
/// Finds the <c>[ModelSignature]</c> classes of a built assembly without loading it: System.Reflection.Metadata reads
/// the attribute on each type definition and the literal <c>SignatureJson</c>/<c>SignatureYaml</c> constants the
/// generator emitted, so no user code runs (and the assembly's target framework does not matter).
/// </summary>
internal static class AssemblySignatureReader
{
    private const string AttributeNamespace = "Signatures";
    private static readonly string[] AttributeNames = ["ModelSignatureAttribute`2", "ModelSignatureAttribute`3"];

    /// <summary>The signature classes, in metadata order.</summary>
    /// <exception cref="ModelDirectoryException">The file is missing (SIGB001) or not a .NET assembly (SIGB005).</exception>
    public static IReadOnlyList<DeclaredSignature> Read(string assemblyPath)
    {
        string full = Path.GetFullPath(assemblyPath);
        if (Directory.Exists(full)) throw new ModelDirectoryException(BuildErrorCodes.FileAccess, full, "the assembly path is a directory, not a file");
        if (!File.Exists(full)) throw new ModelDirectoryException(BuildErrorCodes.NotFound, full, "the assembly does not exist (build the project first)");
        try
        {
            using FileStream stream = File.OpenRead(full);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) throw new ModelDirectoryException(BuildErrorCodes.BadAssembly, full, "the file is not a .NET assembly (no metadata)");
            MetadataReader reader = pe.GetMetadataReader();
            var found = new List<DeclaredSignature>();
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                if (!HasSignatureAttribute(reader, type)) continue;
                string? json = Constant(reader, type, "SignatureJson");
                string? yaml = Constant(reader, type, "SignatureYaml");
                if (json is null || yaml is null) continue; // the generator skipped it; the analyzers said why
                found.Add(new DeclaredSignature(FullName(reader, type), json, yaml, HasMethod(reader, type, "CreateInputExample")));
            }
            return found;
        }
        catch (BadImageFormatException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.BadAssembly, full, $"the file is not a .NET assembly: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, full, $"the assembly cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, full, $"the assembly cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The class named <paramref name="name"/>.</summary>
    /// <exception cref="ModelDirectoryException">No such signature class (SIGB004); the message lists the ones there are.</exception>
    public static DeclaredSignature Find(string assemblyPath, string name)
    {
        IReadOnlyList<DeclaredSignature> all = Read(assemblyPath);
        return all.FirstOrDefault(s => s.IsNamed(name)) ?? throw new ModelDirectoryException(
            BuildErrorCodes.ClassNotFound, Path.GetFullPath(assemblyPath),
            $"'{name}' is not a [ModelSignature] class of the assembly; " + (all.Count == 0 ? "it has none" : "it has " + string.Join(", ", all.Select(s => s.FullName))));
    }

    private static bool HasSignatureAttribute(MetadataReader reader, TypeDefinition type)
    {
        foreach (CustomAttributeHandle handle in type.GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            EntityHandle parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            // A generic attribute's constructor belongs to its instantiation: GENERICINST CLASS <type> <args...>.
            if (parent.Kind != HandleKind.TypeSpecification) continue;
            BlobReader blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) continue;
            blob.ReadSignatureTypeCode();
            EntityHandle definition = blob.ReadTypeHandle();
            if (definition.Kind == HandleKind.TypeReference)
            {
                TypeReference reference = reader.GetTypeReference((TypeReferenceHandle)definition);
                if (reader.StringComparer.Equals(reference.Namespace, AttributeNamespace) && AttributeNames.Any(n => reader.StringComparer.Equals(reference.Name, n))) return true;
            }
            else if (definition.Kind == HandleKind.TypeDefinition)
            {
                TypeDefinition local = reader.GetTypeDefinition((TypeDefinitionHandle)definition);
                if (reader.StringComparer.Equals(local.Namespace, AttributeNamespace) && AttributeNames.Any(n => reader.StringComparer.Equals(local.Name, n))) return true;
            }
        }
        return false;
    }

    private static string? Constant(MetadataReader reader, TypeDefinition type, string name)
    {
        foreach (FieldDefinitionHandle handle in type.GetFields())
        {
            FieldDefinition field = reader.GetFieldDefinition(handle);
            if (!reader.StringComparer.Equals(field.Name, name) || (field.Attributes & System.Reflection.FieldAttributes.Literal) == 0) continue;
            ConstantHandle constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil) return null;
            Constant constant = reader.GetConstant(constantHandle);
            if (constant.TypeCode != ConstantTypeCode.String) return null;
            BlobReader blob = reader.GetBlobReader(constant.Value);
            return blob.ReadUTF16(blob.Length);
        }
        return null;
    }

    private static bool HasMethod(MetadataReader reader, TypeDefinition type, string name) =>
        type.GetMethods().Any(h =>
        {
            MethodDefinition method = reader.GetMethodDefinition(h);
            return reader.StringComparer.Equals(method.Name, name) && (method.Attributes & System.Reflection.MethodAttributes.Static) != 0 && method.GetParameters().Count == 0;
        });

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        string name = reader.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        if (!declaring.IsNil) return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}

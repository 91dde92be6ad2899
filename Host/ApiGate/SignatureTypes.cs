// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace nanoWincs.ApiGate
{
    /// <summary>A type as it appears in a metadata signature, printable as a doc-comment id.</summary>
    internal abstract class SigType
    {
        public abstract string DocId { get; }

        public virtual IEnumerable<SigType> Children => Array.Empty<SigType>();

        public override string ToString() => DocId;
    }

    /// <summary>A TypeDef, TypeRef or primitive.</summary>
    internal sealed class NamedType : SigType
    {
        public NamedType(string fullName, EntityHandle handle)
        {
            FullName = fullName;
            Handle = handle;
        }

        /// <summary>Doc-id name: nested types joined with '.', generic arity kept as `N.</summary>
        public string FullName { get; }

        /// <summary>The TypeDef or TypeRef; nil for primitives (which belong to mscorlib).</summary>
        public EntityHandle Handle { get; }

        public override string DocId => FullName;
    }

    internal sealed class SZArrayType : SigType
    {
        public SZArrayType(SigType element)
        {
            Element = element;
        }

        public SigType Element { get; }

        public override string DocId => Element.DocId + "[]";

        public override IEnumerable<SigType> Children => new[] { Element };
    }

    internal sealed class MultiArrayType : SigType
    {
        public MultiArrayType(SigType element, ArrayShape shape)
        {
            Element = element;
            Shape = shape;
        }

        public SigType Element { get; }

        public ArrayShape Shape { get; }

        public override string DocId
        {
            get
            {
                var dims = new string[Shape.Rank];
                for (int i = 0; i < dims.Length; i++)
                {
                    string lower = i < Shape.LowerBounds.Length ? Shape.LowerBounds[i].ToString() : "0";
                    string size = i < Shape.Sizes.Length ? Shape.Sizes[i].ToString() : string.Empty;
                    dims[i] = lower + ":" + size;
                }

                return Element.DocId + "[" + string.Join(",", dims) + "]";
            }
        }

        public override IEnumerable<SigType> Children => new[] { Element };
    }

    internal sealed class ByRefType : SigType
    {
        public ByRefType(SigType element)
        {
            Element = element;
        }

        public SigType Element { get; }

        public override string DocId => Element.DocId + "@";

        public override IEnumerable<SigType> Children => new[] { Element };
    }

    internal sealed class PointerType : SigType
    {
        public PointerType(SigType element)
        {
            Element = element;
        }

        public SigType Element { get; }

        public override string DocId => Element.DocId + "*";

        public override IEnumerable<SigType> Children => new[] { Element };
    }

    internal sealed class GenericInstanceType : SigType
    {
        public GenericInstanceType(SigType definition, ImmutableArray<SigType> arguments)
        {
            Definition = definition;
            Arguments = arguments;
        }

        public SigType Definition { get; }

        public ImmutableArray<SigType> Arguments { get; }

        // doc-id form: System.Collections.Generic.List{System.Int32}
        public override string DocId => StripArity(Definition.DocId) + "{" + string.Join(",", Arguments.Select(a => a.DocId)) + "}";

        public override IEnumerable<SigType> Children => new[] { Definition }.Concat(Arguments);

        private static string StripArity(string name)
        {
            var parts = name.Split('.');
            for (int i = 0; i < parts.Length; i++)
            {
                int tick = parts[i].IndexOf('`');
                if (tick > 0)
                {
                    parts[i] = parts[i].Substring(0, tick);
                }
            }

            return string.Join(".", parts);
        }
    }

    internal sealed class GenericParameterType : SigType
    {
        public GenericParameterType(int index, bool isMethodParameter)
        {
            Index = index;
            IsMethodParameter = isMethodParameter;
        }

        public int Index { get; }

        public bool IsMethodParameter { get; }

        public override string DocId => (IsMethodParameter ? "``" : "`") + Index;
    }

    internal sealed class FunctionPointerType : SigType
    {
        public FunctionPointerType(MethodSignature<SigType> signature)
        {
            Signature = signature;
        }

        public MethodSignature<SigType> Signature { get; }

        public override string DocId => "=FUNC:" + Signature.ReturnType.DocId + "(" + string.Join(",", Signature.ParameterTypes.Select(p => p.DocId)) + ")";

        public override IEnumerable<SigType> Children => new[] { Signature.ReturnType }.Concat(Signature.ParameterTypes);
    }

    /// <summary>modreq/modopt: doc-comment ids leave the modifier out (<c>in int</c> is <c>System.Int32@</c>).</summary>
    internal sealed class ModifiedType : SigType
    {
        public ModifiedType(SigType unmodified, SigType modifier, bool isRequired)
        {
            Unmodified = unmodified;
            Modifier = modifier;
            IsRequired = isRequired;
        }

        public SigType Unmodified { get; }

        public SigType Modifier { get; }

        public bool IsRequired { get; }

        public override string DocId => Unmodified.DocId;

        public override IEnumerable<SigType> Children => new[] { Unmodified };
    }

    internal sealed class PinnedType : SigType
    {
        public PinnedType(SigType element)
        {
            Element = element;
        }

        public SigType Element { get; }

        public override string DocId => Element.DocId;

        public override IEnumerable<SigType> Children => new[] { Element };
    }

    /// <summary>Decodes signature blobs into <see cref="SigType"/> trees.</summary>
    internal sealed class DocIdTypeProvider : ISignatureTypeProvider<SigType, object>
    {
        public static readonly DocIdTypeProvider Instance = new DocIdTypeProvider();

        public SigType GetPrimitiveType(PrimitiveTypeCode typeCode) => new NamedType("System." + typeCode, default);

        public SigType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => new NamedType(TypeNames.Of(reader, handle), handle);

        public SigType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => new NamedType(TypeNames.Of(reader, handle), handle);

        public SigType GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public SigType GetSZArrayType(SigType elementType) => new SZArrayType(elementType);

        public SigType GetArrayType(SigType elementType, ArrayShape shape) => new MultiArrayType(elementType, shape);

        public SigType GetByReferenceType(SigType elementType) => new ByRefType(elementType);

        public SigType GetPointerType(SigType elementType) => new PointerType(elementType);

        public SigType GetGenericInstantiation(SigType genericType, ImmutableArray<SigType> typeArguments) => new GenericInstanceType(genericType, typeArguments);

        public SigType GetGenericTypeParameter(object genericContext, int index) => new GenericParameterType(index, false);

        public SigType GetGenericMethodParameter(object genericContext, int index) => new GenericParameterType(index, true);

        public SigType GetFunctionPointerType(MethodSignature<SigType> signature) => new FunctionPointerType(signature);

        public SigType GetModifiedType(SigType modifier, SigType unmodifiedType, bool isRequired) => new ModifiedType(unmodifiedType, modifier, isRequired);

        public SigType GetPinnedType(SigType elementType) => new PinnedType(elementType);
    }

    /// <summary>Doc-id names of TypeDefs and TypeRefs.</summary>
    internal static class TypeNames
    {
        public static string Of(MetadataReader reader, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                {
                    TypeDefinition def = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                    string name = reader.GetString(def.Name);
                    if (def.IsNested)
                    {
                        return Of(reader, def.GetDeclaringType()) + "." + name;
                    }

                    string ns = reader.GetString(def.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                }

                case HandleKind.TypeReference:
                {
                    TypeReference tr = reader.GetTypeReference((TypeReferenceHandle)handle);
                    string name = reader.GetString(tr.Name);
                    if (tr.ResolutionScope.Kind == HandleKind.TypeReference)
                    {
                        return Of(reader, (TypeReferenceHandle)tr.ResolutionScope) + "." + name;
                    }

                    string ns = reader.GetString(tr.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                }

                case HandleKind.TypeSpecification:
                    return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(DocIdTypeProvider.Instance, null).DocId;

                default:
                    throw new ArgumentException("not a type handle: " + handle.Kind);
            }
        }

        /// <summary>The reflection name (nested types joined with '+') of a TypeRef, for Type.GetType.</summary>
        public static string ReflectionName(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference tr = reader.GetTypeReference(handle);
            string name = reader.GetString(tr.Name);
            if (tr.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return ReflectionName(reader, (TypeReferenceHandle)tr.ResolutionScope) + "+" + name;
            }

            string ns = reader.GetString(tr.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The assembly a TypeRef resolves to, or null for this module / a module reference.</summary>
        public static string ScopeAssembly(MetadataReader reader, TypeReferenceHandle handle)
        {
            EntityHandle scope = reader.GetTypeReference(handle).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            if (scope.Kind == HandleKind.AssemblyReference)
            {
                return reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            }

            return null;
        }
    }
}

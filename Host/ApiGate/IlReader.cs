// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace nanoWincs.ApiGate
{
    /// <summary>Lists the metadata tokens an IL method body refers to.</summary>
    internal static class IlReader
    {
        private static readonly Dictionary<ushort, OperandType> s_operands = BuildTable();

        /// <summary>One token operand: the instruction offset, its opcode and the token.</summary>
        public readonly struct TokenUse
        {
            public TokenUse(int offset, ushort opCode, int token)
            {
                Offset = offset;
                OpCode = opCode;
                Token = token;
            }

            public int Offset { get; }

            public ushort OpCode { get; }

            public int Token { get; }
        }

        public static List<TokenUse> Tokens(MethodBodyBlock body)
        {
            var found = new List<TokenUse>();
            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int offset = il.Offset;
                ushort code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (ushort)(0xFE00 | il.ReadByte());
                }

                if (!s_operands.TryGetValue(code, out OperandType operand))
                {
                    throw new BadImageFormatException("unknown IL opcode 0x" + code.ToString("X") + " at IL_" + offset.ToString("X4"));
                }

                switch (operand)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        int count = il.ReadInt32();
                        il.Offset += 4 * count;
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineSig:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        found.Add(new TokenUse(offset, code, il.ReadInt32()));
                        break;
                    case OperandType.InlineString:
                        il.Offset += 4;
                        break;
                    default:
                        throw new BadImageFormatException("unsupported operand type " + operand);
                }
            }

            return found;
        }

        private static Dictionary<ushort, OperandType> BuildTable()
        {
            var table = new Dictionary<ushort, OperandType>();
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is OpCode op)
                {
                    table[(ushort)op.Value] = op.OperandType;
                }
            }

            return table;
        }

        /// <summary>The handle a token operand names.</summary>
        public static EntityHandle Handle(int token) => MetadataTokens.EntityHandle(token);
    }
}

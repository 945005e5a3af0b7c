import { ArrayMaxSize, ArrayUnique, IsOptional, Length, MaxLength, Validate, ValidatorConstraint } from 'class-validator';
import type { ValidationArguments, ValidatorConstraintInterface } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { phoneProblem, residentIdProblem } from '@xinfang/kit';
import { DocumentType, Gender, Vulnerability } from './petitioner-kind';

/** Other documents: letters, digits and dashes, as printed. */
const OTHER_DOCUMENT = /^[A-Za-z0-9-]{5,30}$/;

/** Why an ID number is not one of its document type, or null; never quoting it. */
export function documentNumberProblem(documentType: DocumentType, value: string): string | null {
  if (documentType === DocumentType.RESIDENT_ID) return residentIdProblem(value);
  return OTHER_DOCUMENT.test(value.trim()) ? null : 'a document number is 5 to 30 letters, digits or dashes';
}

@ValidatorConstraint({ name: 'documentNumber' })
export class DocumentNumberConstraint implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return problemOf(args) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return `idNumber: ${problemOf(args) ?? 'not valid'}`;
  }
}

function problemOf({ value, object }: ValidationArguments): string | null {
  return typeof value === 'string' ? documentNumberProblem((object as PersonNumbersInput).documentType, value) : 'an ID number is text';
}

@ValidatorConstraint({ name: 'phone' })
export class PhoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && phoneProblem(value) === null;
  }

  defaultMessage(): string {
    return 'phone: a phone number has 5 to 20 digits, with spaces, dashes, brackets or a leading +';
  }
}

/** A person's identifying numbers as typed in: the same rules wherever a person is named or looked up. */
@InputType({ description: 'A person\'s identifying numbers.' })
export class PersonNumbersInput {
  @Field(() => DocumentType, { defaultValue: DocumentType.RESIDENT_ID, description: 'The document idNumber is from.' })
  documentType: DocumentType = DocumentType.RESIDENT_ID;

  @Field({ nullable: true, description: 'A resident identity number is checked with its check digit and birth date.' })
  @IsOptional()
  @MaxLength(30)
  @Validate(DocumentNumberConstraint)
  idNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(30)
  @Validate(PhoneConstraint)
  phone?: string;
}

@InputType({ description: 'One person petitioning. The ID and phone numbers are encrypted as they arrive and shown masked.' })
export class PetitionerInput extends PersonNumbersInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => Gender, { nullable: true, description: 'Read from a resident identity number when not given.' })
  @IsOptional()
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  address?: string;

  @Field(() => [Vulnerability], { nullable: true, description: 'Why this person needs particular care, if they do.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  vulnerabilities?: Vulnerability[];

  @Field(() => Boolean, { defaultValue: false, description: 'Represents a group: at most 5 per petition (Regulations art. 20).' })
  representative = false;
}

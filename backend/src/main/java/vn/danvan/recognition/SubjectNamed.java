package vn.danvan.recognition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A registration names its subject: a residential area, or (for a COMMUNE-subject title) a commune; without either it
 * is a 400 naming {@code residentialAreaId}, beside the other fields' errors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubjectNamed.Check.class)
@interface SubjectNamed {

    String message() default "bắt buộc: khu dân cư, hoặc xã (unitId) với danh hiệu của xã (required: an area, or unitId)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of {@link SubjectNamed}. */
    class Check implements ConstraintValidator<SubjectNamed, RecognitionDtos.Registration> {
        @Override
        public boolean isValid(RecognitionDtos.Registration value, ConstraintValidatorContext context) {
            if (value == null || value.residentialAreaId() != null || value.unitId() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("residentialAreaId").addConstraintViolation();
            return false;
        }
    }
}

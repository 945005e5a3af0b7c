import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PetitionCategory, PetitionChannel, RegisterPetitionInput } from '../gql/graphql';
import { problemsOf } from '../shared/api-errors';
import { useLanguage } from '../shared/i18n';
import { phoneIsValid, residentIdIsValid } from './petitioner-checks';
import { Receipt } from './Receipt';
import type { Registered } from './Receipt';

const RegisterPetition = graphql(`
  mutation RegisterPetition($input: RegisterPetitionInput!) {
    registerPetition(input: $input) {
      accessCode
      petition { id trackingNumber channel category petitionerName headCount summary receivedAt proceduralReplyDueAt resultDueAt repeat repeatCount group leapfrog receivingAgency { id name } }
    }
  }
`);

export const CHANNELS: PetitionChannel[] = ['IN_PERSON', 'LETTER', 'HOTLINE_12309', 'ONLINE', 'PHONE', 'FAX', 'REMOTE_VIDEO', 'TRANSFER', 'JOINT_VISIT'];
export const CATEGORIES: PetitionCategory[] = ['ACCUSATION', 'APPEAL', 'REPORT', 'REQUEST', 'SUGGESTION', 'JUDICIAL_ASSISTANCE', 'CONSULTATION', 'OTHER'];

/** The inputs this form has a field for; a problem the API names elsewhere is shown above the form. */
const FORM_FIELDS = new Set(['channel', 'category', 'headCount', 'summary', 'request', 'petitioners']);

interface PetitionerFields {
  name: string;
  idNumber?: string;
  phone?: string;
  representative?: boolean;
}

interface RegistrationFields {
  channel: PetitionChannel;
  category: PetitionCategory;
  headCount: number;
  summary: string;
  request: string;
  petitioners: PetitionerFields[];
}

/**
 * 接待登记: a petition from any channel with its petitioners, checked as it is typed; what the
 * API refuses is shown on the fields it names and nothing typed is lost; once registered, the
 * receipt with the tracking number and access code, to print and hand over.
 */
export function ReceptionDesk() {
  const { t } = useLanguage();
  const [form] = Form.useForm<RegistrationFields>();
  const [register, { loading }] = useMutation(RegisterPetition);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);

  const submit = async (fields: RegistrationFields) => {
    setRefusal(null);
    const input: RegisterPetitionInput = {
      channel: fields.channel,
      category: fields.category,
      headCount: fields.headCount,
      summary: fields.summary.trim(),
      request: fields.request.trim(),
      petitioners: fields.petitioners.map((person) => ({
        name: person.name.trim(),
        idNumber: person.idNumber?.trim() || undefined,
        phone: person.phone?.trim() || undefined,
        representative: !!person.representative,
      })),
    };
    try {
      const { data } = await register({ variables: { input } });
      if (data) setRegistered({ ...data.registerPetition.petition, accessCode: data.registerPetition.accessCode });
    } catch (error) {
      const problems = problemsOf(error);
      const known = problems.fields.filter((problem) => FORM_FIELDS.has(problem.field.split('.')[0]!));
      form.setFields(known.map((problem) => ({ name: pathOf(problem.field) as never, errors: [problem.message] })));
      setRefusal(known.length === problems.fields.length && known.length > 0 ? t('reception.fixFields') : problems.message);
    }
  };

  if (registered) {
    return <Receipt registered={registered} onNext={() => { setRegistered(null); form.resetFields(); }} />;
  }
  return (
    <Card title={t('reception.title')}>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="refusal" />}
      <Form<RegistrationFields>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'IN_PERSON', category: 'REQUEST', headCount: 1, petitioners: [{ name: '' }] }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="channel" label={t('petition.channel')} rules={[{ required: true }]}>
              <Select options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label={t('petition.category')} rules={[{ required: true }]}>
              <Select options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="headCount" label={t('petition.headCount')} extra={t('reception.groupHint')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('petition.summary')} rules={[{ required: true, whitespace: true, message: t('reception.required') }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="request" label={t('petition.request')} rules={[{ required: true, whitespace: true, message: t('reception.required') }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.List name="petitioners">
          {(people, { add, remove }, { errors }) => (
            <Card size="small" type="inner" title={t('petition.petitioners')}>
              {people.map((person) => (
                <Row gutter={12} key={person.key} align="top">
                  <Col span={5}>
                    <Form.Item name={[person.name, 'name']} label={t('petitioner.name')} rules={[{ required: true, whitespace: true, message: t('reception.required') }]}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item
                      name={[person.name, 'idNumber']}
                      label={t('petitioner.idNumber')}
                      validateTrigger="onChange"
                      rules={[{ validator: async (_, value?: string) => { if (value && !residentIdIsValid(value)) throw new Error(t('petitioner.idNumberInvalid')); } }]}
                    >
                      <Input autoComplete="off" maxLength={18} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name={[person.name, 'phone']}
                      label={t('petitioner.phone')}
                      validateTrigger="onChange"
                      rules={[{ validator: async (_, value?: string) => { if (value && !phoneIsValid(value)) throw new Error(t('petitioner.phoneInvalid')); } }]}
                    >
                      <Input autoComplete="off" maxLength={24} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[person.name, 'representative']} label=" " valuePropName="checked">
                      <Checkbox>{t('petitioner.representative')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item label=" ">
                      <Button type="text" icon={<MinusCircleOutlined />} disabled={people.length === 1} onClick={() => remove(person.name)} aria-label={t('reception.removePetitioner')} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>{t('reception.addPetitioner')}</Button>
            </Card>
          )}
        </Form.List>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={loading}>{t('reception.register')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** `petitioners.0.idNumber` → ['petitioners', 0, 'idNumber'], as the form names its fields. */
function pathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
